// Finding 2 and part of 5: every redirect after sign-in stays on the site, and a malformed
// callback URL (parameter or NextAuth's callback-url cookie) is a fallback, never a 500.
import { describe, expect, it } from 'vitest';
import { adminCredentials, APP_URL, fakeClientIp, signIn, url } from '../support/app';

const HOSTILE_CALLBACKS = [
  '/%09/evil.example/',
  '/%0A/evil.example/',
  '/%0D/evil.example/',
  '//evil.example/',
  '/\\evil.example/',
  'https://evil.example/',
  'http://a:b',
  'javascript:alert(1)',
];

async function credentialsSignIn(callbackUrl: string, extraCookie?: string) {
  const csrf = await fetch(url('/api/auth/csrf'));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
  if (extraCookie) cookies.push(extraCookie);
  const { email, password } = adminCredentials();
  return fetch(url('/api/auth/callback/credentials'), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; '), ...fakeClientIp() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl, json: 'true' }),
  });
}

describe('redirects after sign-in', () => {
  it.each(HOSTILE_CALLBACKS)('the sign-in page never passes %j on to the form', async (callbackUrl) => {
    const raw = decodeURIComponent(callbackUrl.replace(/%(?![0-9A-F]{2})/gi, '%25'));
    const response = await fetch(url(`/admin/sign-in?callbackUrl=${encodeURIComponent(raw)}`));
    expect(response.status).toBe(200);
    // The form's callbackUrl prop, as serialised into the page's flight data.
    const props = [...(await response.text()).matchAll(/\\?"callbackUrl\\?":\\?"([^"\\]*)/g)].map((m) => m[1]);
    expect(props.length).toBeGreaterThan(0);
    for (const prop of props) expect(prop).toBe('/admin');
  });

  it.each(HOSTILE_CALLBACKS)('NextAuth answers %j with a URL on the site', async (callbackUrl) => {
    for (const value of [callbackUrl, decodeURIComponent(callbackUrl.replace(/%(?![0-9A-F]{2})/gi, '%25'))]) {
      const response = await credentialsSignIn(value);
      expect(response.status).toBeLessThan(500);
      const target = response.headers.get('location') ?? ((await response.json()) as { url: string }).url;
      expect(new URL(target, APP_URL).origin).toBe(new URL(APP_URL).origin);
    }
  });

  it('a malformed next-auth.callback-url cookie is ignored, also on admin pages', async () => {
    const hostile = `next-auth.callback-url=${encodeURIComponent('http://a:b')}`;
    const signInResponse = await credentialsSignIn('/admin', hostile);
    expect(signInResponse.status).toBeLessThan(500);

    const { email, password } = adminCredentials();
    const cookie = (await signIn(email, password))!;
    for (const path of ['/api/auth/session', '/api/auth/csrf', '/admin', '/admin/leads']) {
      const response = await fetch(url(path), { headers: { cookie: `${cookie}; ${hostile}` }, redirect: 'manual' });
      expect(response.status, path).toBeLessThan(500);
    }
    // As a query parameter on NextAuth's own routes: a 400 in the seed's format.
    for (const path of ['/api/auth/signin', '/api/auth/session', '/api/auth/providers']) {
      const response = await fetch(url(`${path}?callbackUrl=${encodeURIComponent('http://a:b')}`), {
        redirect: 'manual',
      });
      expect(response.status, path).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('VALIDATION_ERROR');
    }
    const session = await fetch(url('/api/auth/session'), { headers: { cookie: `${cookie}; ${hostile}` } });
    expect(((await session.json()) as { user?: { email?: string } }).user?.email).toBe(email);
  });
});
