// GET /api/ready: 200 when this instance can take traffic (database, CMS, job queue, storage),
// 503 otherwise; each dependency's state in the body, the LLM provider's too when configured.
import { NextResponse } from 'next/server';
import { otherMethods, restRoute } from '@/server/http/rest';
import { checkReadiness } from '@/server/system/readiness';

export const dynamic = 'force-dynamic';

export const GET = restRoute(async () => {
  const report = await checkReadiness();
  return NextResponse.json(report, {
    status: report.status === 'ready' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
});

export const { PUT, PATCH, DELETE, POST } = otherMethods(['GET']);
