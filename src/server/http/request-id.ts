// The id of a request, for logs and the x-request-id response header: the one a trusted front
// sent when it is well formed, else a new one. Shared by the proxy and the page cache.
const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}

/** A fresh CSP nonce: 128 bits of randomness, base64 (no characters that need escaping in HTML). */
export function newNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString('base64');
}
