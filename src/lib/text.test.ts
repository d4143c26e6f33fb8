import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isStorableText, textString } from './text';

describe('isStorableText', () => {
  it.each([
    ['plain', true],
    ['emoji 😀 and ü', true],
    ['a\u0000b', false],
    ['lone high \uD83D', false],
    ['lone low \uDE00 end', false],
    ['reversed \uDE00\uD83D', false],
  ])('%j -> %s', (value, expected) => {
    expect(isStorableText(value)).toBe(expected);
  });
});

describe('textString', () => {
  it('keeps string methods and names the field on refusal', () => {
    const schema = z.object({ name: textString().trim().min(1).max(5) });
    expect(schema.parse({ name: ' ab ' })).toEqual({ name: 'ab' });
    const result = schema.safeParse({ name: 'a\u0000' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['name']);
  });
});
