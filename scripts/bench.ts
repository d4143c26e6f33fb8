// `npm run bench`: starts the production build on a database of its own (like npm test) and
// prints latency and throughput figures. Loopback only; every loop is bounded.
//   npm run bench -- --requests 300 --concurrency 8
import { parseArgs } from 'node:util';
import { benchAuditSubmit } from './bench/audit-submit';
import { benchRecommendationStream } from './bench/recommendation-stream';
import { printTable } from './bench/stats';
import { ensureBuild } from './lib/build';
import { freePort } from './lib/free-port';
import { step } from './lib/log';
import { BIN } from './lib/paths';
import { migrateAndSeed, prepareEnvironment } from './lib/prepare';
import { onShutdown, startServer, stopAllChildren, stopChild, waitForHttp } from './lib/processes';

const { values } = parseArgs({
  options: { requests: { type: 'string', default: '300' }, concurrency: { type: 'string', default: '8' } },
});
const requests = Math.min(5000, Number(values.requests));
const concurrency = Math.min(64, Number(values.concurrency));

const database = await prepareEnvironment('ephemeral');
let server: ReturnType<typeof startServer> | undefined;
const cleanup = async () => {
  await stopChild(server);
  await stopAllChildren();
  await database.stop();
};
onShutdown(cleanup);

let failed = false;
try {
  await migrateAndSeed();
  await ensureBuild();
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  server = startServer(BIN('next'), ['start', '-p', String(port)], {
    ...process.env,
    SITE_URL: baseUrl,
    LOG_LEVEL: 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
    // The benchmark measures the work, not the limiter refusing it.
    AUDIT_SUBMITS_PER_IP_PER_HOUR: '1000000',
    AUDIT_DRAFTS_PER_IP_PER_HOUR: '1000000',
  });
  await waitForHttp(`${baseUrl}/api/health`, 60_000, server);
  step(`benchmarking ${baseUrl}: ${requests} requests per benchmark, ${concurrency} in flight`);
  printTable(await benchAuditSubmit(baseUrl, requests, concurrency));
  await benchRecommendationStream(baseUrl, Math.min(40, requests), 4);
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await cleanup();
}
process.exit(failed ? 1 : 0);
