import { describe, expect, it } from 'vitest';
import { safeCallbackPath, sameOriginPath } from './safe-redirect';

describe('safeCallbackPath', () => {
  it.each([
    ['/cms', '/cms'],
    ['/admin?tab=leads', '/admin?tab=leads'],
    ['/admin/leads#notes', '/admin/leads#notes'],
    [undefined, '/admin'],
    ['https://evil.example', '/admin'],
    ['//evil.example/path', '/admin'],
    ['/\\evil.example', '/admin'],
    ['/\t/evil.example/', '/admin'],
    ['/\n/evil.example/', '/admin'],
    ['/\r/evil.example/', '/admin'],
    ['/%09/evil.example/', '/%09/evil.example/'],
    ['\t//evil.example', '/admin'],
    ['javascript:alert(1)', '/admin'],
  ])('%j -> %s', (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});

describe('sameOriginPath', () => {
  const origin = 'https://xteam.pro';
  it.each([
    ['https://xteam.pro/admin/leads?x=1', '/admin/leads?x=1'],
    ['/cms', '/cms'],
    ['https://xteam.pro.evil.example/', '/admin'],
    ['http://xteam.pro/admin', '/admin'],
    ['http://a:b', '/admin'],
    ['/\t/evil.example/', '/admin'],
  ])('%j -> %s', (input, expected) => {
    expect(sameOriginPath(input, origin, '/admin')).toBe(expected);
  });
});
