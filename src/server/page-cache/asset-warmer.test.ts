import { describe, expect, it } from 'vitest';
import { assetPaths, createAssetWarmer } from './asset-warmer';
import type { CachedPage } from './store';

function page(html: string, nonce = 'N0NCE'): CachedPage {
  const parts = html.split(nonce).map((part) => Buffer.from(part));
  return { status: 200, headers: [], body: { kind: 'nonced', parts }, cspParts: [''], bytes: html.length };
}

const HTML = `<link rel="stylesheet" href="/_next/static/chunks/a1.css" nonce="N0NCE"/>
<script src="/_next/static/chunks/b2.js" async nonce="N0NCE"></script>
<script src="/_next/static/chunks/b2.js?dpl=7" async></script>
<script>self.__next_f.push([1,"\\"/_next/static/chunks/c3.js\\""])</script>
<img src="/_next/image?url=%2Fapi%2Fcms%2Fmedia%2Ffile%2Fx.png&w=640&q=75"/>
<a href="/_next/static/chunks/evil.js.map">x</a>`;

describe('asset warmer', () => {
  it("lists a page's scripts and styles once each, across the nonce's splits, and nothing else", () => {
    expect(assetPaths(page(HTML))).toEqual([
      '/_next/static/chunks/a1.css',
      '/_next/static/chunks/b2.js',
      '/_next/static/chunks/c3.js',
    ]);
    const json: CachedPage = {
      ...page(''),
      body: { kind: 'fixed', identity: Buffer.from(HTML), br: null, gzip: null },
    };
    expect(assetPaths(json)).toEqual([]);
  });

  it('asks for each path once, one at a time, and goes on after a failure', async () => {
    const asked: string[] = [];
    let inFlight = 0;
    let most = 0;
    const warm = createAssetWarmer(async (path) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      asked.push(path);
      if (path.endsWith('a1.css')) throw new Error('connection refused');
    });
    warm(page(HTML));
    warm(page(HTML));
    warm(page('<script src="/_next/static/chunks/d4.js"></script>'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(asked).toEqual([
      '/_next/static/chunks/a1.css',
      '/_next/static/chunks/b2.js',
      '/_next/static/chunks/c3.js',
      '/_next/static/chunks/d4.js',
    ]);
    expect(most).toBe(1);
  });
});
