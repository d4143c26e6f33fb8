// `npm run bench`: starts the production build on a database of its own (like npm test) and
// prints latency and throughput figures. Loopback only; every loop is bounded.
//   npm run bench -- --requests 300 --concurrency 8
import { parseArgs } from 'node:util';
import { benchAuditSubmit } from './bench/audit-submit';
import { benchRecommendationStream } from './bench/recommendation-stream';
import { benchHealthWhileRendering, benchReportRender } from './bench/reports';
import { printTable } from './bench/stats';
import { withAppUnderTest } from './lib/app-under-test';
import { step } from './lib/log';

const { values } = parseArgs({
  options: { requests: { type: 'string', default: '300' }, concurrency: { type: 'string', default: '8' } },
});
const requests = Math.min(5000, Number(values.requests));
const concurrency = Math.min(64, Number(values.concurrency));

let failed = false;
try {
  await withAppUnderTest(
    {
      // The benchmark measures the work, not the limiter refusing it.
      AUDIT_SUBMITS_PER_IP_PER_HOUR: '1000000',
      AUDIT_DRAFTS_PER_IP_PER_HOUR: '1000000',
    },
    async (baseUrl, env) => {
      // Reports first: every audit submitted later queues a report of its own.
      step('PDF reports');
      printTable([await benchReportRender(20)]);
      await benchHealthWhileRendering(baseUrl, env.DATABASE_URL!, 10);
      step(`benchmarking ${baseUrl}: ${requests} requests per benchmark, ${concurrency} in flight`);
      printTable(await benchAuditSubmit(baseUrl, requests, concurrency));
      await benchRecommendationStream(baseUrl, Math.min(40, requests), 4);
    },
  );
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
}
process.exit(failed ? 1 : 0);
