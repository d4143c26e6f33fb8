// The process's Prometheus metrics (prom-client). One registry per process, kept on globalThis
// because Next bundles route handlers separately and a module-level registry would be one per
// bundle. Counters and histograms here are this instance's; sum them across instances.
import 'server-only';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

function createMetrics() {
  const registry = new Registry();
  // Process memory, CPU, event-loop lag (nodejs_eventloop_lag_*), handles, GC.
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  return {
    registry,
    /** Set once the database gauges are registered (by the metrics route, inside Next). */
    databaseGauges: false,
    httpDuration: new Histogram({
      name: 'xteam_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method, route pattern and status class',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    auditsStarted: new Counter({
      name: 'xteam_audits_started_total',
      help: 'Audits started (a wizard draft created, or a REST submission)',
      registers: [registry],
    }),
    auditsCompleted: new Counter({
      name: 'xteam_audits_completed_total',
      help: 'Audits scored and stored, by entry point',
      labelNames: ['via'] as const,
      registers: [registry],
    }),
    recommendations: new Counter({
      name: 'xteam_recommendation_runs_total',
      help: 'Recommendation runs finished, by the model that wrote them and whether a fallback was used',
      labelNames: ['model', 'fallback'] as const,
      registers: [registry],
    }),
    firstRecommendation: new Histogram({
      name: 'xteam_recommendation_first_seconds',
      help: 'Time from the start of a watched run to its first recommendation on screen',
      buckets: [0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32],
      registers: [registry],
    }),
    rateLimited: new Counter({
      name: 'xteam_rate_limit_refusals_total',
      help: 'Requests refused by a rate limit, by limit',
      labelNames: ['limit'] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
const holder = globalThis as unknown as { xteamMetrics?: Metrics };

export function metrics(): Metrics {
  return (holder.xteamMetrics ??= createMetrics());
}
