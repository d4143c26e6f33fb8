import { describe, expect, it } from 'vitest';
import { clientIpFrom } from './client-ip';

const headers = (init: Record<string, string>) => new Headers(init);

describe('clientIpFrom', () => {
  it('takes the address the nearest trusted proxy appended', () => {
    expect(clientIpFrom(headers({ 'x-forwarded-for': '10.9.9.9, 203.0.113.7' }), 1)).toBe('203.0.113.7');
    expect(clientIpFrom(headers({ 'x-forwarded-for': '1.1.1.1, 203.0.113.7, 10.0.0.2' }), 2)).toBe('203.0.113.7');
  });
  it('falls back to the first entry when there are fewer entries than hops', () => {
    expect(clientIpFrom(headers({ 'x-forwarded-for': '203.0.113.7' }), 3)).toBe('203.0.113.7');
  });
  it('uses X-Real-IP, then "unknown"', () => {
    expect(clientIpFrom(headers({ 'x-real-ip': '198.51.100.1' }), 1)).toBe('198.51.100.1');
    expect(clientIpFrom(headers({}), 1)).toBe('unknown');
  });
});
