// The seed's security headers (section 7.3) on pages, API responses, errors and assets.
import { describe, expect, it } from 'vitest';
import { url } from '../support/app';

const SEED_HEADERS: Record<string, RegExp> = {
  'content-security-policy': /^default-src 'self'/,
  'x-frame-options': /^DENY$/,
  'x-content-type-options': /^nosniff$/,
  'strict-transport-security': /^max-age=31536000/,
  'x-xss-protection': /^1; mode=block$/,
};

async function firstStaticAsset(): Promise<string> {
  const html = await (await fetch(url('/'))).text();
  const match = html.match(/\/_next\/static\/[^"']+\.(?:js|css)/);
  if (!match) throw new Error('no static asset referenced by the home page');
  return match[0];
}

describe('security headers', () => {
  it.each(['/', '/status', '/admin/sign-in', '/api/health', '/api/no-such-endpoint', '/no-such-page'])(
    '%s',
    async (path) => {
      const response = await fetch(url(path), { redirect: 'manual' });
      for (const [name, pattern] of Object.entries(SEED_HEADERS)) {
        expect(response.headers.get(name), name).toMatch(pattern);
      }
      expect(response.headers.get('x-powered-by')).toBeNull();
    },
  );

  it('static build assets', async () => {
    const response = await fetch(url(await firstStaticAsset()));
    expect(response.status).toBe(200);
    for (const [name, pattern] of Object.entries(SEED_HEADERS)) {
      expect(response.headers.get(name), name).toMatch(pattern);
    }
  });

  it('pages allow scripts only with a per-request nonce', async () => {
    const [a, b] = await Promise.all([fetch(url('/')), fetch(url('/'))]);
    const nonceOf = (response: Response) =>
      response.headers.get('content-security-policy')?.match(/'nonce-([^']+)'/)?.[1];
    expect(nonceOf(a)).toBeTruthy();
    expect(nonceOf(a)).not.toBe(nonceOf(b));
    const html = await a.text();
    expect(html).toContain(`nonce="${nonceOf(a)}"`);
  });
});
