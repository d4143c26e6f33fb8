import { describe, expect, it } from 'vitest';
import { TagCache } from './tag-cache';

describe('TagCache', () => {
  it('loads once and serves the cached value until a tag it read changes', async () => {
    const cache = new TagCache();
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('posts:list', ['posts', 'media'], load)).toBe(1);
    expect(await cache.get('posts:list', ['posts', 'media'], load)).toBe(1);
    expect(cache.invalidate(['solutions'])).toBe(0);
    expect(await cache.get('posts:list', ['posts', 'media'], load)).toBe(1);
    expect(cache.invalidate(['media'])).toBe(1);
    expect(await cache.get('posts:list', ['posts', 'media'], load)).toBe(2);
  });

  it('shares one load between concurrent readers', async () => {
    const cache = new TagCache();
    let loads = 0;
    const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 10));
    const values = await Promise.all([cache.get('k', ['posts'], load), cache.get('k', ['posts'], load)]);
    expect(values).toEqual([1, 1]);
    expect(loads).toBe(1);
  });

  it('does not keep a value whose load overlapped a change (it may predate the change)', async () => {
    const cache = new TagCache();
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const first = cache.get('k', ['posts'], async () => {
      await slow;
      return 'old';
    });
    cache.invalidate(['categories']);
    release();
    expect(await first).toBe('old');
    expect(await cache.get('k', ['posts'], async () => 'new')).toBe('new');
  });

  it('forgets failed loads and expired entries, and evicts the least recently used', async () => {
    const cache = new TagCache(1000, 2);
    await expect(cache.get('bad', ['posts'], () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.get('bad', ['posts'], async () => 'ok')).toBe('ok');

    expect(await cache.get('t', ['posts'], async () => 'first', 0)).toBe('first');
    expect(await cache.get('t', ['posts'], async () => 'second', 999)).toBe('first');
    expect(await cache.get('t', ['posts'], async () => 'third', 1000)).toBe('third');

    await cache.get('a', ['posts'], async () => 'a');
    await cache.get('b', ['posts'], async () => 'b');
    expect(cache.size).toBe(2);
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
