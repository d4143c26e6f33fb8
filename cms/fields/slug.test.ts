import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, slugify } from './slug';

describe('slugify', () => {
  it('makes readable URL slugs from titles', () => {
    expect(slugify('Month-end close in three days: automating reconciliations')).toBe(
      'month-end-close-in-three-days-automating-reconciliations',
    );
    expect(slugify('  Insurance & Financial Services ')).toBe('insurance-and-financial-services');
    expect(slugify('Déjà vu — Zürich')).toBe('deja-vu-zurich');
  });

  it('keeps slugs valid and bounded', () => {
    const long = slugify('word '.repeat(60));
    expect(long.length).toBeLessThanOrEqual(96);
    expect(SLUG_PATTERN.test(long)).toBe(true);
    expect(slugify('!!!')).toBe('');
  });
});
