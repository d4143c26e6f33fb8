import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { pageCacheKey } from './policy';

const get = (url: string, headers: Record<string, string> = {}) =>
  pageCacheKey({ method: 'GET', url, headers })?.key ?? null;

describe('pageCacheKey', () => {
  it('keys public pages by path, sorted query and the analytics choice', () => {
    expect(get('/')).toBe('unset /');
    expect(get('/blog?page=2&category=operations')).toBe(get('/blog?category=operations&page=2'));
    expect(get('/blog/choosing-your-first-process-to-automate', { cookie: 'a=1; xt_consent=allow' })).toBe(
      'allow /blog/choosing-your-first-process-to-automate',
    );
    expect(get('/pricing', { cookie: 'xt_consent=nonsense' })).toBe('unset /pricing');
    expect(get('/legal/terms')).toBe('unset /legal/terms');
  });

  it('reads a real request (its headers are a getter, not an own property)', () => {
    const request = new IncomingMessage(new Socket());
    request.method = 'GET';
    request.url = '/blog?page=2';
    request.headers = { cookie: 'xt_consent=deny' };
    expect(pageCacheKey(request)).toEqual({ key: 'deny /blog?page=2', kind: 'page' });
  });

  it('leaves personal, live and time-bound pages to Next', () => {
    for (const path of [
      '/status',
      '/your-data',
      '/consultation',
      '/audit/results/0b6f1f5e-8f4e-4a7b-9a57-1b2c3d4e5f60',
      '/audit/continue/0b6f1f5e-8f4e-4a7b-9a57-1b2c3d4e5f60',
      '/admin',
      '/cms',
      '/api/health',
      '/blog/rss.xml',
      '/blog/a/b',
    ]) {
      expect(get(path), path).toBeNull();
    }
  });

  it('keys anonymous reads of published CMS content, never a signed-in one', () => {
    expect(get('/api/cms/posts?limit=10')).toBe('unset /api/cms/posts?limit=10');
    expect(get('/api/cms/case-studies/12')).toBe('unset /api/cms/case-studies/12');
    expect(get('/api/cms/posts?limit=10', { cookie: 'payload-token=x' })).toBeNull();
    expect(get('/api/cms/posts?limit=10', { authorization: 'users API-Key x' })).toBeNull();
    for (const path of ['/api/cms/users', '/api/cms/users/me', '/api/cms/experiments', '/api/cms/media/file/a.png']) {
      expect(get(path), path).toBeNull();
    }
  });

  it('keys an experiment test link like any query (the variant is added by the listener)', () => {
    expect(get('/?xp=12')).toBe('unset /?xp=12');
  });

  it('keys build assets by path alone', () => {
    expect(pageCacheKey({ method: 'GET', url: '/_next/static/chunks/a1.js?v=1', headers: { cookie: 'x=1' } })).toEqual({
      key: 'asset /_next/static/chunks/a1.js',
      kind: 'asset',
    });
    expect(get('/icon.svg')).toBe('asset /icon.svg');
    expect(get('/_next/image?url=/a.png&w=64')).toBeNull();
  });

  it('leaves client navigations, previews, experiments and other methods to Next', () => {
    expect(get('/blog', { rsc: '1' })).toBeNull();
    expect(get('/blog', { 'next-router-prefetch': '1' })).toBeNull();
    expect(get('/blog?_rsc=abc')).toBeNull();
    expect(get('/', { cookie: '__prerender_bypass=x' })).toBeNull();
    expect(get('/?xv=hero.b')).toBeNull();
    expect(get(`/blog?q=${'x'.repeat(600)}`)).toBeNull();
    expect(pageCacheKey({ method: 'POST', url: '/', headers: {} })).toBeNull();
    expect(pageCacheKey({ method: 'HEAD', url: '/', headers: {} })).toBeNull();
  });
});
