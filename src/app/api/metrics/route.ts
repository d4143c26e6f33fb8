// GET /api/metrics: Prometheus text for a scraper holding METRICS_TOKEN (Authorization: Bearer).
// Without the variable the endpoint does not exist (404); a wrong or missing token is a 401.
import { timingSafeEqual } from 'node:crypto';
import { env } from '@/env';
import { AppError } from '@/server/errors';
import { restRoute } from '@/server/http/rest';
import { registerDatabaseMetrics } from '@/server/metrics/database';
import { metrics } from '@/server/metrics/registry';

export const dynamic = 'force-dynamic';

function authorised(header: string | null, token: string): boolean {
  const presented = Buffer.from(/^Bearer\s+(.+)$/i.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

export const GET = restRoute(async (request) => {
  if (!env.METRICS_TOKEN) throw new AppError('NOT_FOUND', 'Metrics are not enabled (set METRICS_TOKEN)');
  if (!authorised(request.headers.get('authorization'), env.METRICS_TOKEN)) {
    throw new AppError('UNAUTHORIZED', 'Send the metrics token as "Authorization: Bearer <token>"');
  }
  const current = metrics();
  if (!current.databaseGauges) {
    registerDatabaseMetrics(current.registry);
    current.databaseGauges = true;
  }
  return new Response(await current.registry.metrics(), {
    headers: { 'Content-Type': current.registry.contentType, 'Cache-Control': 'no-store' },
  });
});
