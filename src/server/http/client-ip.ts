// The client's IP address. Next sets X-Forwarded-For to the socket address when it is absent;
// a reverse proxy appends the address it saw. The entry TRUSTED_PROXY_HOPS from the right is
// the client as seen by the outermost trusted proxy, so clients cannot pick their own address
// by sending the header themselves (as long as a proxy sits in front: see the README).
export function clientIpFrom(headers: Headers, hops: number): string {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const fromProxy = entries[entries.length - Math.max(hops, 1)] ?? entries[0];
  return fromProxy || headers.get('x-real-ip')?.trim() || 'unknown';
}
