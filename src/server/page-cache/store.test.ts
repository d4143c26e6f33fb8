import { describe, expect, it } from 'vitest';
import { PageCache, type CachedPage, type Lookup } from './store';

function page(text: string, bytes = 100): CachedPage {
  return { status: 200, headers: [], body: { kind: 'nonced', parts: [Buffer.from(text)] }, cspParts: [''], bytes };
}

function setup({ maxBytes = 1_000, ttlMs = 1_000 } = {}) {
  const clock = { now: 0, version: 1, live: true };
  const cache = new PageCache({
    maxBytes,
    ttlMs,
    contentVersion: () => clock.version,
    isLive: () => clock.live,
    now: () => clock.now,
  });
  return { cache, clock };
}

function render(found: Lookup, result: CachedPage | null) {
  if (found.kind !== 'render') throw new Error(`expected a render, got ${found.kind}`);
  found.settle(result);
}

describe('PageCache', () => {
  it('renders once, then answers from memory until the time-to-live, then serves stale while one request renders', () => {
    const { cache, clock } = setup();
    render(cache.lookup('/'), page('one'));
    expect(cache.lookup('/')).toMatchObject({ kind: 'hit', page: { body: { parts: [Buffer.from('one')] } } });
    clock.now = 1_500;
    const refresh = cache.lookup('/');
    expect(refresh.kind).toBe('render');
    expect(cache.lookup('/')).toMatchObject({ kind: 'stale', page: { body: { parts: [Buffer.from('one')] } } });
    render(refresh, page('two'));
    expect(cache.lookup('/')).toMatchObject({ kind: 'hit', page: { body: { parts: [Buffer.from('two')] } } });
  });

  it('makes concurrent requests wait for the one render in flight', async () => {
    const { cache } = setup();
    const first = cache.lookup('/blog');
    const second = cache.lookup('/blog');
    if (second.kind !== 'wait') throw new Error(`expected to wait, got ${second.kind}`);
    render(first, page('blog'));
    await expect(second.page).resolves.toMatchObject({ body: { parts: [Buffer.from('blog')] } });
  });

  it('forgets every page when the content changes, and keeps no page rendered across a change', async () => {
    const { cache, clock } = setup();
    render(cache.lookup('/'), page('before'));
    clock.version = 2;
    const during = cache.lookup('/');
    const waiting = cache.lookup('/');
    clock.version = 3;
    render(during, page('read before the change'));
    if (waiting.kind !== 'wait') throw new Error('expected to wait');
    await expect(waiting.page).resolves.toBeNull();
    expect(cache.lookup('/').kind).toBe('render');
  });

  it('caches no page while content changes cannot be heard', () => {
    const { cache, clock } = setup();
    render(cache.lookup('/'), page('one'));
    clock.live = false;
    expect(cache.lookup('/').kind).toBe('off');
  });

  it('keeps build assets across content changes, outages of the feed and the time-to-live', () => {
    const { cache, clock } = setup();
    render(cache.lookup('asset /a.js', { immutable: true }), page('script'));
    clock.version = 2;
    clock.live = false;
    clock.now = 10_000;
    expect(cache.lookup('asset /a.js', { immutable: true })).toMatchObject({ kind: 'hit' });
  });

  it('evicts the least recently used pages beyond its memory, and never keeps an oversized page', () => {
    const { cache } = setup({ maxBytes: 1_000 });
    for (const key of ['a', 'b', 'c', 'd', 'e']) render(cache.lookup(key), page(key, 240));
    expect(cache.size).toEqual({ entries: 4, bytes: 960 });
    expect(cache.lookup('a').kind).toBe('render');
    // A quarter of the memory at most: one page cannot push every other out.
    render(cache.lookup('big'), page('big', 300));
    expect(cache.lookup('big').kind).toBe('render');
  });

  it('stops serving a stale page that may no longer be kept (an experiment started on it)', () => {
    const { cache, clock } = setup();
    render(cache.lookup('/'), page('default'));
    clock.now = 2_000;
    render(cache.lookup('/'), null);
    expect(cache.lookup('/').kind).toBe('render');
  });
});
