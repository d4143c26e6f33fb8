// Keeps a copy of what Next writes to a response (status, headers, body) while it streams to the
// visitor unchanged, and turns it into a cache entry when it is a page every visitor may see.
import type { ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { VARIANT_HEADER } from './policy';
import type { CachedPage } from './store';

const NONCE = /'nonce-([^']+)'/;
/** Written afresh for each response, or meaningless when replayed. */
const PER_RESPONSE = new Set([
  'content-security-policy',
  'x-request-id',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
  VARIANT_HEADER,
]);
const MAX_BODY_BYTES = 4 * 1024 * 1024;

type Headers = Record<string, string | string[] | number | undefined>;

export interface Captured {
  status: number;
  headers: Headers;
  body: Buffer | null;
}

function asBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (typeof chunk === 'string')
    return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return null;
}

/** Calls `done` once the response has been sent (or with null if it was not, or was too large). */
export function captureResponse(response: ServerResponse, done: (captured: Captured | null) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let headers: Headers = {};
  const collect = (chunk: unknown, encoding: unknown) => {
    const buffer = asBuffer(chunk, encoding);
    if (!buffer || overflow) return;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) overflow = true;
    else chunks.push(Buffer.from(buffer));
  };
  const original = {
    writeHead: response.writeHead,
    write: response.write,
    end: response.end,
  };
  // Node's implicit header write goes through writeHead too, so this sees every header sent.
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const last = args[args.length - 1];
    const given = last && typeof last === 'object' && !Array.isArray(last) ? (last as Headers) : {};
    headers = { ...this.getHeaders(), ...lowerCased(given) };
    if (this.hasHeader(VARIANT_HEADER)) this.removeHeader(VARIANT_HEADER);
    return original.writeHead.apply(this, args as Parameters<ServerResponse['writeHead']>);
  } as ServerResponse['writeHead'];
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return original.write.apply(this, [chunk, ...rest] as Parameters<ServerResponse['write']>);
  } as ServerResponse['write'];
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (typeof args[0] !== 'function') collect(args[0], args[1]);
    return original.end.apply(this, args as Parameters<ServerResponse['end']>);
  } as ServerResponse['end'];
  let finished = false;
  response.once('finish', () => {
    finished = true;
    done({ status: response.statusCode, headers, body: overflow ? null : Buffer.concat(chunks) });
  });
  response.once('close', () => {
    if (!finished) done(null);
  });
}

function lowerCased(headers: Headers): Headers {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|manifest\+json|xml)|image\/svg\+xml)/;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compressed once, when kept: the smallest brotli for text, nothing for images and fonts. On
 * libuv's thread pool: brotli at quality 11 takes a few hundred milliseconds for a large
 * script, which the event loop (every other request of the process) no longer waits for.
 */
async function fixedBody(identity: Buffer, contentType: string) {
  if (!COMPRESSIBLE.test(contentType) || identity.length < 1024)
    return { kind: 'fixed' as const, identity, br: null, gzip: null };
  const [br, gzipped] = await Promise.all([
    brotliAsync(identity, {
      params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: identity.length },
    }),
    gzipAsync(identity, { level: 9 }),
  ]);
  return { kind: 'fixed' as const, identity, br, gzip: gzipped };
}

/** The bytes between the occurrences of `separator` (a response joins them with a new nonce). */
function splitBuffer(buffer: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let at = buffer.indexOf(separator); at !== -1; at = buffer.indexOf(separator, start)) {
    parts.push(buffer.subarray(start, at));
    start = at + separator.length;
  }
  parts.push(buffer.subarray(start));
  return parts;
}

function replayedHeaders(headers: Headers) {
  const kept: Array<readonly [string, string | string[]]> = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || PER_RESPONSE.has(name)) continue;
    kept.push([name, typeof value === 'number' ? String(value) : value]);
  }
  return kept;
}

/**
 * The cache entry of a captured response, or null when it is not one every visitor may see:
 * anything but a complete 200 answer without cookies; for a page, an HTML page with a CSP
 * nonce (the entry's nonce is replaced in each response, so a page without one would go out
 * unprotected) or a JSON document (CMS reads).
 */
export async function toCachedPage(
  { status, headers, body }: Captured,
  kind: 'page' | 'asset',
  /** The experiment variant the key stands for ('' for the page's default text). */
  variant = '',
): Promise<CachedPage | null> {
  if (status !== 200 || !body || headers['set-cookie'] !== undefined) return null;
  if (String(headers[VARIANT_HEADER] ?? '') !== variant) return null;
  if (headers['content-encoding'] !== undefined) return null;
  const contentType = String(headers['content-type'] ?? '');
  const csp = typeof headers['content-security-policy'] === 'string' ? headers['content-security-policy'] : '';
  const nonce = NONCE.exec(csp)?.[1];
  const cspParts = nonce ? csp.split(nonce) : [csp];
  if (kind === 'asset' || contentType.startsWith('application/json')) {
    const fixed = await fixedBody(body, contentType);
    const bytes = fixed.identity.length + (fixed.br?.length ?? 0) + (fixed.gzip?.length ?? 0);
    return { status, headers: replayedHeaders(headers), body: fixed, cspParts, bytes };
  }
  if (!contentType.startsWith('text/html') || !nonce) return null;
  return {
    status,
    headers: replayedHeaders(headers),
    body: { kind: 'nonced', parts: splitBuffer(body, Buffer.from(nonce)) },
    cspParts,
    bytes: body.length,
  };
}
