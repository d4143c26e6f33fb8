// The listener's page cache in front of Next: a public page rendered once is answered from
// memory, with the security of a fresh render. Each response gets its own CSP nonce (the one
// Next stamped on its inline scripts when the page was rendered is replaced, in the page and in
// the policy alike: the guarantee of a per-request nonce, 'strict-dynamic' and no
// 'unsafe-inline' is the same as on a dynamic render) and its own request id. Build assets and
// CMS reads, the same bytes for everyone, are compressed once (brotli when the browser takes
// it: Next itself only gzips). Misses, and any request the policy does not allow (policy.ts),
// go to Next unchanged.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { settledWithin } from '../../lib/settled-within';
import { newNonce, requestIdFrom } from '../http/request-id';
import { captureResponse, toCachedPage } from './capture';
import { pageCacheKey } from './policy';
import type { CachedPage, PageCache } from './store';

type Handle = (request: IncomingMessage, response: ServerResponse) => void;

/** The experiment variant a request sees, as the proxy would choose it (src/server/experiments). */
export interface VariantChoice {
  /** '' for the page's default text. */
  token: string;
  /** Counts the visitor as exposed (the proxy does it for the requests that reach Next). */
  record: () => void;
}

export interface PageCacheHooks {
  chooseVariant?: (request: IncomingMessage) => Promise<VariantChoice>;
  /** Told of each page (not asset) kept, once it is in the cache. */
  onPageKept?: (page: CachedPage) => void;
}

/** A render that does not finish in this time no longer holds the requests waiting for it. */
const WAIT_MS = 10_000;
/** Fast and still about 5x smaller: the body differs in each response, so it is compressed each time. */
const GZIP_LEVEL = 4;

const ENCODING = { br: /\bbr\b/, gzip: /\bgzip\b/ } as const;

function accepts(request: IncomingMessage, encoding: keyof typeof ENCODING): boolean {
  const accepted = request.headers['accept-encoding'];
  return typeof accepted === 'string' && ENCODING[encoding].test(accepted);
}

/** The bytes to send and their encoding: a fixed body's best precompressed form, a page gzipped now. */
function encodedBody(request: IncomingMessage, page: CachedPage, nonce: string): [Buffer, 'br' | 'gzip' | null] {
  if (page.body.kind === 'fixed') {
    if (page.body.br && accepts(request, 'br')) return [page.body.br, 'br'];
    if (page.body.gzip && accepts(request, 'gzip')) return [page.body.gzip, 'gzip'];
    return [page.body.identity, null];
  }
  // The nonce is ASCII (base64), so it is the same string in any encoding of the page.
  const separator = Buffer.from(nonce);
  const html = Buffer.concat(page.body.parts.flatMap((part, index) => (index ? [separator, part] : [part])));
  return accepts(request, 'gzip') ? [gzipSync(html, { level: GZIP_LEVEL }), 'gzip'] : [html, null];
}

export function sendCachedPage(request: IncomingMessage, response: ServerResponse, page: CachedPage) {
  const nonce = newNonce();
  const [body, encoding] = encodedBody(request, page, nonce);
  response.statusCode = page.status;
  for (const [name, value] of page.headers) response.setHeader(name, value);
  response.setHeader('content-security-policy', page.cspParts.join(nonce));
  response.setHeader('x-request-id', requestIdFrom(request.headers['x-request-id'] as string | undefined));
  response.setHeader('x-cache', 'HIT');
  const vary = String(response.getHeader('vary') ?? '');
  if (!/accept-encoding/i.test(vary)) response.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  if (encoding) response.setHeader('content-encoding', encoding);
  response.setHeader('content-length', body.length);
  response.end(body);
}

function renderAndKeep(
  request: IncomingMessage,
  response: ServerResponse,
  handle: Handle,
  kind: 'page' | 'asset',
  variant: string,
  settle: (page: CachedPage | null) => void,
  onPageKept?: (page: CachedPage) => void,
) {
  // The copy kept must be the page itself, not one compressed for this visitor.
  delete request.headers['accept-encoding'];
  captureResponse(response, (captured) => {
    if (!captured) return settle(null);
    toCachedPage(captured, kind, variant).then(
      (page) => {
        settle(page);
        if (page && kind === 'page') onPageKept?.(page);
      },
      () => settle(null),
    );
  });
  response.setHeader('x-cache', 'MISS');
  handle(request, response);
}

/**
 * Answers the request from the cache, or lets Next render it (keeping the page when it may).
 * Never fails a request: should the cache itself throw, Next answers as if it were off.
 */
export async function servePage(
  cache: PageCache,
  request: IncomingMessage,
  response: ServerResponse,
  handle: Handle,
  hooks: PageCacheHooks = {},
) {
  try {
    await answer(cache, request, response, handle, hooks);
  } catch (error) {
    if (!response.headersSent) return handle(request, response);
    response.destroy(error instanceof Error ? error : undefined);
  }
}

async function answer(
  cache: PageCache,
  request: IncomingMessage,
  response: ServerResponse,
  handle: Handle,
  hooks: PageCacheHooks,
) {
  const cacheKey = pageCacheKey(request);
  if (!cacheKey) return handle(request, response);
  // Each variant of a page under an experiment is a page of its own.
  const variant =
    cacheKey.kind === 'page' && hooks.chooseVariant ? await hooks.chooseVariant(request) : { token: '', record() {} };
  const key = variant.token ? `${cacheKey.key} ${variant.token}` : cacheKey.key;
  const found = cache.lookup(key, { immutable: cacheKey.kind === 'asset' });
  switch (found.kind) {
    case 'hit':
    case 'stale':
      variant.record();
      return sendCachedPage(request, response, found.page);
    case 'wait': {
      const page = await settledWithin(found.page, WAIT_MS);
      if (!page) return handle(request, response);
      variant.record();
      return sendCachedPage(request, response, page);
    }
    case 'render':
      return renderAndKeep(request, response, handle, cacheKey.kind, variant.token, found.settle, hooks.onPageKept);
    case 'off':
      return handle(request, response);
  }
}
