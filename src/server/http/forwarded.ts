// How the app learns the client's address. Route handlers never see the socket, and a client
// can send X-Forwarded-For itself, so the app's own front listener (scripts/serve.ts) resolves
// the address from the socket (and from the forwarded chain only for TRUSTED_PROXY_HOPS
// proxies) and overwrites the forwarded headers with it before Next sees the request.
import { isIP } from 'node:net';
import type { IncomingHttpHeaders } from 'node:http';

/** Headers a client could use to claim an address or origin; replaced or dropped at the front. */
const FORWARDED_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip', 'x-forwarded-host', 'x-forwarded-port'];

/** `::ffff:10.0.0.1` (IPv4 on a dual-stack socket) is 10.0.0.1; anything not an IP is refused. */
export function normalizeAddress(value: string | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim().replace(/^\[(.*)\]$/, '$1');
  const plain =
    trimmed.toLowerCase().startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
  return isIP(plain) ? plain : null;
}

function forwardedChain(header: string | string[] | undefined): string[] {
  const joined = Array.isArray(header) ? header.join(',') : (header ?? '');
  return joined
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * The client's address. With no trusted proxy (hops 0) it is the socket's peer. Behind N
 * trusted proxies the nearest one is the socket and each appended the address it saw, so the
 * client is the entry N-th from the right of the chain [...X-Forwarded-For, socket]; entries
 * further left were written by the client and are ignored. A malformed trusted entry falls
 * back to the socket address.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number,
): string {
  const socket = normalizeAddress(socketAddress) ?? 'unknown';
  if (hops <= 0) return socket;
  const chain = [...forwardedChain(forwardedFor), socket];
  const candidate = chain[Math.max(0, chain.length - 1 - hops)];
  return normalizeAddress(candidate) ?? socket;
}

/** Rewrites a request's headers in place: X-Forwarded-For and X-Real-IP become the client. */
export function rewriteForwardedHeaders(
  headers: IncomingHttpHeaders,
  socketAddress: string | undefined,
  hops: number,
  frontToken: string,
): string {
  const client = resolveClientAddress(socketAddress, headers['x-forwarded-for'], hops);
  // Host and port claims come from a trusted proxy or not at all.
  for (const name of FORWARDED_HEADERS) {
    if (hops <= 0 || name === 'x-forwarded-for' || name === 'x-real-ip' || name === 'forwarded') delete headers[name];
  }
  if (hops <= 0) delete headers['x-forwarded-proto'];
  headers['x-forwarded-for'] = client;
  headers['x-real-ip'] = client;
  headers[FRONT_HEADER] = frontToken;
  return client;
}

/** Set on every request that passed the front; its value is this process's secret token. */
export const FRONT_HEADER = 'x-xteam-front';
const FRONT_TOKEN_KEY = Symbol.for('xteam.client-address-front');

type WithFrontToken = typeof globalThis & { [FRONT_TOKEN_KEY]?: string };

/** Called once by the front listener; route handlers in the same process compare against it. */
export function registerFrontToken(token: string): void {
  (globalThis as WithFrontToken)[FRONT_TOKEN_KEY] = token;
}

export function frontToken(): string | undefined {
  return (globalThis as WithFrontToken)[FRONT_TOKEN_KEY];
}
