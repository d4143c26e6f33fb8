// The industry benchmark measured from real completed audits (used once there are enough).
import 'server-only';
import type { DimensionKey } from '@/domain/audit/config';
import type { ObservedBenchmark } from '@/domain/audit/visual-data';
import type { Db } from '@/server/db/client';

// Averages over many audits move slowly: recompute at most once a minute per industry.
const TTL_MS = 60_000;
const cache = new Map<string, { value: ObservedBenchmark; at: number }>();

export async function observedBenchmark(db: Db, industry: string): Promise<ObservedBenchmark> {
  const hit = cache.get(industry);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = await measureBenchmark(db, industry);
  cache.set(industry, { value, at: Date.now() });
  return value;
}

async function measureBenchmark(db: Db, industry: string): Promise<ObservedBenchmark> {
  const rows = await db.$queryRaw<Array<{ dimension: DimensionKey; audits: number; average: number }>>`
    SELECT d->>'key' AS dimension, count(*)::int AS audits, avg((d->>'score')::numeric)::float AS average
    FROM audit_results r
    JOIN audits a ON a.id = r.audit_id
    CROSS JOIN LATERAL jsonb_array_elements(r.dimension_scores) AS d
    WHERE a.industry = ${industry} AND a.status = 'completed' AND d->>'score' IS NOT NULL
    GROUP BY d->>'key'`;
  const sampleSize = await db.audit.count({ where: { industry, status: 'completed' } });
  return { sampleSize, scores: Object.fromEntries(rows.map((row) => [row.dimension, row.average])) };
}
