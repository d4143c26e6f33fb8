// The listener's page cache (src/server/page-cache): public pages answered from memory with the
// security of a fresh render, kept apart by the analytics choice, dropped on any CMS change, and
// never used for personal or live pages.
import { describe, expect, it } from 'vitest';
import { url } from '../support/app';
import { sql } from '../support/db';

const NONCE_IN_POLICY = /'nonce-([^']+)'/;

async function page(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(url(path), { headers });
  const nonce = response.headers.get('content-security-policy')?.match(NONCE_IN_POLICY)?.[1];
  return { response, nonce, html: await response.text(), cache: response.headers.get('x-cache') };
}

/**
 * The page as the cache answers it. Other test files edit CMS content meanwhile, and each edit
 * empties the cache: a few attempts until two requests fall between edits.
 */
async function cached(path: string, headers: Record<string, string> = {}) {
  let last = await page(path, headers);
  for (let attempt = 0; attempt < 10 && last.cache !== 'HIT'; attempt++) last = await page(path, headers);
  return last;
}

describe('page cache', () => {
  it('answers a public page from memory, each time with a nonce of its own in the page and its policy', async () => {
    const first = await cached('/case-studies');
    const second = await cached('/case-studies');
    expect([first.cache, second.cache]).toEqual(['HIT', 'HIT']);
    expect(first.nonce).toBeTruthy();
    expect(second.nonce).not.toBe(first.nonce);
    for (const { html, nonce } of [first, second]) {
      const stamped = [...html.matchAll(/nonce="([^"]*)"/g)].map((match) => match[1]);
      expect(stamped.length).toBeGreaterThan(3);
      expect(new Set(stamped)).toEqual(new Set([nonce]));
      // Every inline script is one Next stamped: none goes out without the nonce.
      const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((match) => match[1]);
      for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`);
    }
    expect(second.html.replaceAll(second.nonce!, 'N')).toBe(first.html.replaceAll(first.nonce!, 'N'));
    expect(second.response.headers.get('x-frame-options')).toBe('DENY');
    expect(second.response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(second.response.headers.get('x-request-id')).not.toBe(first.response.headers.get('x-request-id'));
  });

  it('compresses the page for clients that accept gzip', async () => {
    const again = await cached('/about', { 'accept-encoding': 'gzip' });
    expect(again.cache).toBe('HIT');
    expect(again.response.headers.get('content-encoding')).toBe('gzip');
    expect(again.response.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(again.html).toContain('</html>');
  });

  it('serves build assets from memory, brotli-compressed once, with their immutable caching and headers', async () => {
    const home = await (await fetch(url('/'))).text();
    const script = home.match(/\/_next\/static\/chunks\/[^"']+\.js/)?.[0];
    expect(script).toBeTruthy();
    const plain = await (await fetch(url(script!), { headers: { 'accept-encoding': 'identity' } })).text();
    const response = await fetch(url(script!), { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(response.headers.get('x-cache')).toBe('HIT');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('cache-control')).toMatch(/immutable/);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(plain);
  });

  it("compresses a kept page's scripts and styles before any browser asks for them", async () => {
    const assets = (html: string) => new Set(html.match(/\/_next\/static\/[^"'?]+\.(?:js|css)/g) ?? []);
    // The pricing page's own files: no other test asks for them (the home page's ones, it does).
    const home = assets((await page('/')).html);
    const pricing = [...assets((await cached('/pricing')).html)].filter((path) => !home.has(path));
    expect(pricing.length).toBeGreaterThan(0);
    // The listener asks for them itself, one at a time, in the background.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    for (const path of pricing) {
      const response = await fetch(url(path), { headers: { 'accept-encoding': 'br' } });
      expect({ path, cache: response.headers.get('x-cache') }).toEqual({ path, cache: 'HIT' });
      expect(response.headers.get('content-encoding')).toBe('br');
      await response.arrayBuffer();
    }
  });

  it('keeps a page per analytics choice (the consent banner differs)', async () => {
    const unset = await cached('/solutions');
    const allowed = await cached('/solutions', { cookie: 'xt_consent=allow' });
    expect([unset.cache, allowed.cache]).toEqual(['HIT', 'HIT']);
    expect(unset.html).toContain('\\"initial\\":\\"unset\\"');
    expect(allowed.html).toContain('\\"initial\\":\\"allow\\"');
  });

  it('forgets every page as soon as the CMS announces a change', async () => {
    expect((await cached('/pricing')).cache).toBe('HIT');
    await sql(`SELECT pg_notify('xteam_content_changed', 'testimonials')`);
    const started = Date.now();
    let after = await page('/pricing');
    while (after.cache === 'HIT' && Date.now() - started < 1_000) after = await page('/pricing');
    expect(after.cache).toBe('MISS');
  });

  it('answers anonymous reads of published CMS content from memory, never a signed-in one', async () => {
    const first = await cached('/api/cms/posts?limit=2');
    expect(first.cache).toBe('HIT');
    expect(JSON.parse(first.html).docs).toHaveLength(2);
    expect(first.response.headers.get('content-type')).toMatch(/^application\/json/);
    await page('/api/cms/posts?limit=2', { cookie: 'payload-token=whatever' });
    const withCookie = await page('/api/cms/posts?limit=2', { cookie: 'payload-token=whatever' });
    expect(withCookie.cache).toBeNull();
  });

  it('leaves personal and live pages to a render of their own', async () => {
    for (const path of ['/status', '/consultation', '/your-data', '/no-such-page']) {
      await page(path);
      const second = await page(path);
      expect(second.cache, path).toBeNull();
    }
  });
});
