// Analytics helpers: beacons as a browser sends them, and the headers of a visitor's choice.
import { randomBytes } from 'node:crypto';
import { fakeClientIp, url } from './app';

export const BROWSER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';

export const newVisitorId = () => randomBytes(16).toString('hex');

/** Headers of a browser with a distinct address; `consent` adds the consent (and id) cookies. */
export function visitorHeaders(options: { consent?: 'allow' | 'deny'; visitorId?: string } = {}) {
  const headers: Record<string, string> = { 'user-agent': BROWSER_UA, ...fakeClientIp() };
  if (options.consent === 'allow') headers.cookie = `xt_consent=allow; xt_vid=${options.visitorId ?? newVisitorId()}`;
  if (options.consent === 'deny') headers.cookie = 'xt_consent=deny';
  return headers;
}

export async function postEvent(body: unknown, headers: Record<string, string>) {
  const response = await fetch(url('/api/events'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as any) : null };
}
