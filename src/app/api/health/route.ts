// GET /api/health: JSON status of the database and the CMS; 503 when the database is down.
import { NextResponse } from 'next/server';
import { otherMethods, restRoute } from '@/server/http/rest';
import { checkHealth } from '@/server/system/health';

export const dynamic = 'force-dynamic';

export const GET = restRoute(async () => {
  const report = await checkHealth();
  return NextResponse.json(report, {
    status: report.status === 'down' ? 503 : 200,
    headers: { 'Cache-Control': 'no-store' },
  });
});

export const { PUT, PATCH, DELETE, POST } = otherMethods(['GET']);
