import { describe, expect, it } from 'vitest';
import { isUsableCallbackUrl, unusableCallbackCookies } from './callback-url';

describe('callback URLs NextAuth accepts', () => {
  it('tells usable from unusable values', () => {
    expect(isUsableCallbackUrl('/admin', 'https://xteam.pro')).toBe(true);
    expect(isUsableCallbackUrl('https://xteam.pro/cms', 'https://xteam.pro')).toBe(true);
    expect(isUsableCallbackUrl('http://a:b', 'https://xteam.pro')).toBe(false);
    expect(isUsableCallbackUrl('javascript:alert(1)', 'https://xteam.pro')).toBe(false);
  });

  it('names the cookies to drop', () => {
    const jar: Record<string, string> = { 'next-auth.callback-url': 'http://a:b' };
    expect(unusableCallbackCookies((name) => jar[name], 'https://xteam.pro')).toEqual(['next-auth.callback-url']);
    expect(unusableCallbackCookies(() => '/admin', 'https://xteam.pro')).toEqual([]);
  });
});
