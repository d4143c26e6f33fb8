// The web server: Next.js behind the app's own HTTP listener, in one process. The listener is
// the only place that sees the socket, so it overwrites X-Forwarded-For / X-Real-IP with the
// client's real address (src/server/http/forwarded.ts) before Next handles the request; the
// rate limits key on that. Responses are Next's own (streams pass through unbuffered), except
// public pages answered from the page cache (src/server/page-cache).
//   node --conditions=production scripts/run.mjs serve [--dev]      (PORT, HOSTNAME)
// `npm start`, `npm run dev`, the tests and the production image all start the app this way.
import { randomBytes } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import { ROOT } from './lib/paths';

const dev = process.argv.includes('--dev');
// As `next start` / `next dev` do; set before Next and the app's env module are loaded.
(process.env as Record<string, string>).NODE_ENV = dev ? 'development' : 'production';
const started = performance.now();
const { default: next } = await import('next');
const { env } = await import('../src/env');
const { registerFrontToken, rewriteForwardedHeaders } = await import('../src/server/http/forwarded');
const { metrics } = await import('../src/server/metrics/registry');
const { routePattern } = await import('../src/server/metrics/route-pattern');
const { PageCache } = await import('../src/server/page-cache/store');
const { servePage } = await import('../src/server/page-cache/serve-page');
const { createAssetWarmer } = await import('../src/server/page-cache/asset-warmer');
const { contentCache } = await import('../src/server/content/tag-cache');
const { isChangeFeedLive } = await import('../src/server/content/change-feed');
const { chooseVariant } = await import('../src/server/experiments/listener-variants');
const port = Number(process.env.PORT ?? '3000');
const hostname = process.env.HOSTNAME || undefined;

// A per-process secret: a request carrying it has passed this listener (see client-ip.ts).
const token = randomBytes(24).toString('base64url');
registerFrontToken(token);

const app = next({ dev, dir: ROOT, hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();
const upgrade = app.getUpgradeHandler();

const httpDuration = metrics().httpDuration;
// Public pages rendered once, kept until the CMS content changes (the change feed Next's side of
// this process listens to bumps the content cache's version) or for a minute (src/server/page-cache).
const PAGE_TTL_MS = 60_000;
const pageCache =
  dev || env.PAGE_CACHE_MB === 0
    ? null
    : new PageCache({
        maxBytes: env.PAGE_CACHE_MB * 1024 * 1024,
        ttlMs: PAGE_TTL_MS,
        contentVersion: () => contentCache.version,
        isLive: isChangeFeedLive,
      });
// A path with a broken escape (`/api/audit/results/%`) makes Next's route matching throw and
// answer a bare 500; it is a client error, answered here in the seed's format.
const BROKEN_ESCAPE = /%(?![0-9A-Fa-f]{2})/;

function refuseMalformedPath(response: ServerResponse) {
  const body = JSON.stringify({
    error: {
      code: 'VALIDATION_ERROR',
      message: 'Malformed URL',
      details: { reason: 'The path contains an invalid percent-encoding' },
      timestamp: new Date().toISOString(),
    },
  });
  response.writeHead(400, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

// A kept page's scripts and styles, asked for through this listener so they are compressed
// before its next visitors' browsers ask (src/server/page-cache/asset-warmer.ts).
const warmAssets = createAssetWarmer(async (path) => {
  const origin = selfOrigin();
  if (!origin) return;
  const answer = await fetch(`${origin}${path}`, { headers: { 'accept-encoding': 'br' } });
  await answer.arrayBuffer();
});

/** Where this listener answers on this machine (loopback when it listens on every address). */
function selfOrigin(): string | null {
  const address = server.address();
  if (!address || typeof address === 'string') return null;
  const everywhere = address.address === '::' || address.address === '0.0.0.0';
  const host = everywhere ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

const server = createServer((request, response) => {
  if (BROKEN_ESCAPE.test((request.url ?? '/').split('?', 1)[0]!)) return refuseMalformedPath(response);
  rewriteForwardedHeaders(request.headers, request.socket.remoteAddress, env.TRUSTED_PROXY_HOPS, token);
  // Every answer of this process, pages and APIs alike, timed here where all of them pass.
  const stopTimer = httpDuration.startTimer({
    method: request.method ?? 'GET',
    route: routePattern(request.url ?? '/'),
  });
  response.once('close', () => stopTimer({ status: `${Math.floor(response.statusCode / 100)}xx` }));
  if (pageCache) void servePage(pageCache, request, response, handle, { chooseVariant, onPageKept: warmAssets });
  else void handle(request, response);
});
// Dev mode's hot reload uses WebSockets; they pass the same front.
server.on('upgrade', (request, socket, head) => {
  rewriteForwardedHeaders(request.headers, request.socket.remoteAddress, env.TRUSTED_PROXY_HOPS, token);
  void upgrade(request, socket, head);
});
// As `next start`: idle keep-alive connections outlive a typical load balancer's timeout.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`▲ ${dev ? 'dev' : 'production'} server on http://${hostname ?? 'localhost'}:${port} (${seconds} s)`);
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => process.exit(0));
    // Open keep-alive and streaming connections must not hold the shutdown forever.
    setTimeout(() => process.exit(0), 5_000).unref();
    server.closeIdleConnections();
  });
}
