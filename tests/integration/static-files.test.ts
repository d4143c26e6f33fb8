// The site's static files in public/: served with the right type and the plain security policy
// (they skip the proxy), the manifest's icons exist, and pages point to them.
import { describe, expect, it } from 'vitest';
import { url } from '../support/app';

const FILES: Array<[string, RegExp]> = [
  ['/favicon.ico', /^image\/(x-icon|vnd\.microsoft\.icon)/],
  ['/icon.svg', /^image\/svg\+xml/],
  ['/apple-touch-icon.png', /^image\/png/],
  ['/og-default.png', /^image\/png/],
  ['/site.webmanifest', /^application\/manifest\+json|^application\/json/],
];

describe('static files', () => {
  it.each(FILES)('%s is served with its type, the security headers and a cache lifetime', async (path, type) => {
    const response = await fetch(url(path));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(type);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(response.headers.get('cache-control')).toContain('max-age=86400');
  });

  it('the manifest names icons that exist', async () => {
    const manifest = await (await fetch(url('/site.webmanifest'))).json();
    expect(manifest.name).toContain('XTeam.Pro');
    for (const icon of manifest.icons as Array<{ src: string }>) {
      expect((await fetch(url(icon.src))).status, icon.src).toBe(200);
    }
  });

  it('pages link the icons, the manifest and the default share image', async () => {
    const html = await (await fetch(url('/pricing'))).text();
    expect(html).toMatch(/<link rel="manifest" href="\/site\.webmanifest"/);
    expect(html).toMatch(/<link rel="apple-touch-icon" href="\/apple-touch-icon\.png"/);
    expect(html).toMatch(/<meta property="og:image" content="http[^"]+\/og-default\.png"/);
  });
});
