// GET /api/live: 200 while this process serves HTTP, whatever its dependencies (a supervisor's
// liveness probe: restarting the process would not bring the database back; /api/ready says
// whether to send it traffic). It reads nothing, so it is also the benchmarks' baseline of a
// bare route handler on this server.
import { NextResponse } from 'next/server';
import { otherMethods, restRoute } from '@/server/http/rest';

export const dynamic = 'force-dynamic';

export const GET = restRoute(async () =>
  NextResponse.json({ status: 'alive' }, { headers: { 'Cache-Control': 'no-store' } }),
);

export const { PUT, PATCH, DELETE, POST } = otherMethods(['GET']);
