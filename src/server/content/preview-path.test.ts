import { describe, expect, it } from 'vitest';
import { previewablePath } from './preview-path';

describe('previewablePath', () => {
  it('accepts content pages only', () => {
    expect(previewablePath('/blog/my-post')).toBe('/blog/my-post');
    expect(previewablePath('/case-studies/nordline')).toBe('/case-studies/nordline');
    expect(previewablePath('/solutions/healthcare')).toBe('/solutions/healthcare');
  });

  it('refuses other pages, other origins and traversal', () => {
    for (const bad of [
      null,
      '',
      '/admin',
      '/blog',
      '/blog/',
      '//evil.example/blog/x',
      'https://evil.example/blog/x',
      '/blog/../admin',
      '/blog/x?y=1',
      '/blog/UPPER',
    ]) {
      expect(previewablePath(bad)).toBeNull();
    }
  });
});
