// The client's IP address as resolved by the front listener (src/server/http/forwarded.ts,
// scripts/serve.ts). A request that did not pass the front (the app started with a bare
// `next start`) carries only headers the client chose, so it counts as "unknown": every such
// client then shares one budget, which fails closed instead of handing out fresh ones.
import { timingSafeEqual } from 'node:crypto';
import { FRONT_HEADER, frontToken, normalizeAddress } from './forwarded';

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function clientIpFrom(headers: Headers, expectedToken: string | undefined = frontToken()): string {
  const token = headers.get(FRONT_HEADER);
  if (!expectedToken || !token || !sameToken(token, expectedToken)) return 'unknown';
  return normalizeAddress(headers.get('x-forwarded-for') ?? undefined) ?? 'unknown';
}
