import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './safe-redirect';

describe('safeCallbackPath', () => {
  it.each([
    ['/cms', '/cms'],
    ['/admin?tab=leads', '/admin?tab=leads'],
    [undefined, '/admin'],
    ['https://evil.example', '/admin'],
    ['//evil.example/path', '/admin'],
    ['/\\evil.example', '/admin'],
    ['javascript:alert(1)', '/admin'],
  ])('%s -> %s', (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
