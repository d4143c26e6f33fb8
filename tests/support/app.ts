// Helpers for tests that talk to the running app over real HTTP (APP_URL, set by npm test).
export const APP_URL = process.env.APP_URL ?? 'http://localhost:3000';

export function url(path: string): string {
  return new URL(path, APP_URL).toString();
}

function cookiesFrom(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
}

/** Signs in through NextAuth's credentials endpoint; returns the Cookie header, or null. */
export async function signIn(email: string, password: string): Promise<string | null> {
  return (await signInAttempt(email, password)).cookie;
}

/**
 * A sign-in with its outcome: the Cookie header, or the error NextAuth reported (e.g.
 * AccountLocked). Each attempt comes from an address of its own unless `headers` says
 * otherwise, so the per-address sign-in throttles of one test do not reach another.
 */
export async function signInAttempt(
  email: string,
  password: string,
  headers: Record<string, string> = fakeClientIp(),
): Promise<{ cookie: string | null; error: string | null; status: number; setCookies: string[] }> {
  const csrfResponse = await fetch(url('/api/auth/csrf'));
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookies = cookiesFrom(csrfResponse);
  const response = await fetch(url('/api/auth/callback/credentials'), {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: [...csrfCookies, ...(headers.cookie ? [headers.cookie] : [])].join('; '),
      ...withoutCookie(headers),
    },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const status = response.status;
  const setCookies = cookiesFrom(response);
  const session = setCookies.find((cookie) => cookie.includes('session-token='));
  if (session) return { cookie: [...csrfCookies, session].join('; '), error: null, status, setCookies };
  if (status === 429) return { cookie: null, error: 'RATE_LIMITED', status, setCookies };
  const location =
    response.headers.get('location') ?? ((await response.json().catch(() => ({}))) as { url?: string }).url;
  const error = location ? new URL(location, APP_URL).searchParams.get('error') : null;
  return { cookie: null, error, status, setCookies };
}

function withoutCookie(headers: Record<string, string>): Record<string, string> {
  const { cookie: _cookie, ...rest } = headers;
  return rest;
}

/** Signs out through NextAuth (POST with the CSRF token), as the sign-out page does. */
export async function signOut(cookie: string): Promise<void> {
  const { csrfToken } = (await (await fetch(url('/api/auth/csrf'), { headers: { cookie } })).json()) as {
    csrfToken: string;
  };
  const response = await fetch(url('/api/auth/signout'), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ csrfToken, json: 'true' }),
  });
  if (response.status >= 400) throw new Error(`sign-out failed with ${response.status}`);
}

export function adminCredentials() {
  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) throw new Error('ADMIN_EMAIL / ADMIN_PASSWORD are set by npm test');
  return { email, password };
}

/** Calls a tRPC procedure over HTTP the way the browser client does (superjson envelope). */
export async function trpc(
  kind: 'query' | 'mutation',
  path: string,
  input: unknown,
  cookie?: string,
  extraHeaders: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extraHeaders };
  if (cookie) headers.cookie = cookie;
  const payload = JSON.stringify({ json: input });
  const response =
    kind === 'query'
      ? await fetch(url(`/api/trpc/${path}?input=${encodeURIComponent(payload)}`), { headers })
      : await fetch(url(`/api/trpc/${path}`), { method: 'POST', headers, body: payload });
  return { status: response.status, body: await response.json() };
}

let ipCounter = 0;
// Per test worker (files in one worker share this module, each worker has its own copy): a random
// /64 of the documentation range and a counter, so no two calls anywhere hand out the same
// address and share a budget in the run's database.
const ipPrefix = `2001:db8:${randomHex()}:${randomHex()}`;
function randomHex(): string {
  return Math.floor(Math.random() * 0x10000).toString(16);
}

/** A distinct client address per call site, so rate limits of one test do not hit another. */
export function fakeClientIp(): Record<string, string> {
  ipCounter += 1;
  return { 'x-forwarded-for': `${ipPrefix}::${ipCounter.toString(16)}` };
}

export function uniqueEmail(prefix = 'visitor'): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}
