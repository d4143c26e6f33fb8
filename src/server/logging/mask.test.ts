import { describe, expect, it } from 'vitest';
import { maskEmail, maskPhone, maskText, maskValue } from './mask';

describe('maskEmail', () => {
  it('keeps the first letter and the domain', () => {
    expect(maskEmail('contact cto@company.com now')).toBe('contact c***@company.com now');
  });
  it('masks every address in a string', () => {
    expect(maskEmail('a.b@x.io, zed@y.org')).toBe('a***@x.io, z***@y.org');
  });
});

describe('maskPhone', () => {
  it('keeps two leading and two trailing digits', () => {
    expect(maskPhone('+1234567890')).toBe('+12******90');
  });
  it('handles separators', () => {
    expect(maskPhone('call +44 (20) 7946-0958')).toBe('call +44********58');
  });
  it('leaves short numbers, dates and ids alone', () => {
    expect(maskPhone('step 3 of 7, 2026-11-25, id abc-1234567')).toBe('step 3 of 7, 2026-11-25, id abc-1234567');
  });
});

describe('maskValue', () => {
  it('masks nested strings without touching numbers or keys', () => {
    const input = { contactInfo: { email: 'cto@company.com', phone: '+1234567890' }, score: 42, list: ['x@y.com'] };
    expect(maskValue(input)).toEqual({
      contactInfo: { email: 'c***@company.com', phone: '+12******90' },
      score: 42,
      list: ['x***@y.com'],
    });
  });
  it('survives cycles', () => {
    const input: Record<string, unknown> = { a: 'b' };
    input.self = input;
    expect(maskValue(input)).toEqual({ a: 'b', self: '[Circular]' });
  });
  it('masks error messages', () => {
    const masked = maskValue(new Error('no user jo@acme.com')) as { message: string };
    expect(masked.message).toBe('no user j***@acme.com');
  });
  it('maskText combines both', () => {
    expect(maskText('jo@acme.com +1234567890')).toBe('j***@acme.com +12******90');
  });
});
