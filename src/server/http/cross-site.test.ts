import { describe, expect, it } from 'vitest';
import { crossSiteRefusal, needsSameOrigin } from './cross-site';
import { isJsonContentType } from './media-type';

const policy = { siteOrigin: 'https://xteam.pro', allowedOrigins: ['https://partner.example'] };
const check = (init: Record<string, string>, requestOrigin = 'https://xteam.pro') =>
  crossSiteRefusal(new Headers(init), requestOrigin, policy);

describe('crossSiteRefusal', () => {
  it('lets same-origin browsers and header-less scripts through', () => {
    expect(check({ origin: 'https://xteam.pro', 'sec-fetch-site': 'same-origin' })).toBeNull();
    expect(check({ 'sec-fetch-site': 'none' })).toBeNull();
    expect(check({})).toBeNull();
    // Reached under another name (e.g. 127.0.0.1): the request's own origin counts.
    expect(check({ origin: 'http://127.0.0.1:3000' }, 'http://127.0.0.1:3000')).toBeNull();
  });

  it('refuses cross-site and same-site (another port) requests', () => {
    expect(check({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).toMatch(/cross-site/);
    expect(check({ origin: 'https://xteam.pro:8443', 'sec-fetch-site': 'same-site' })).toMatch(/same-site/);
    expect(check({ origin: 'https://evil.example' })).toMatch(/not this site/);
    expect(check({ origin: 'null' })).toMatch(/not this site/);
  });

  it('allows configured origins', () => {
    expect(check({ origin: 'https://partner.example', 'sec-fetch-site': 'cross-site' })).toBeNull();
  });
});

describe('needsSameOrigin', () => {
  it('covers state-changing methods except NextAuth', () => {
    expect(needsSameOrigin('POST', '/api/contact/submit')).toBe(true);
    expect(needsSameOrigin('DELETE', '/api/cms/posts/1')).toBe(true);
    expect(needsSameOrigin('GET', '/api/cms/posts')).toBe(false);
    expect(needsSameOrigin('POST', '/api/auth/callback/credentials')).toBe(false);
  });
});

describe('isJsonContentType', () => {
  it.each([
    ['application/json', true],
    ['Application/JSON; charset=utf-8', true],
    ['text/plain; charset=application/json', false],
    ['application/json-patch+json', false],
    ['application/jsonx', false],
    [null, false],
  ])('%j -> %s', (value, expected) => {
    expect(isJsonContentType(value)).toBe(expected);
  });
});
