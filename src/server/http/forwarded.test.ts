import { describe, expect, it } from 'vitest';
import { normalizeAddress, resolveClientAddress, rewriteForwardedHeaders } from './forwarded';
import { clientIpFrom } from './client-ip';

describe('resolveClientAddress', () => {
  it('uses the socket and ignores client-sent headers when no proxy is trusted', () => {
    expect(resolveClientAddress('203.0.113.7', '1.2.3.4', 0)).toBe('203.0.113.7');
    expect(resolveClientAddress('::ffff:127.0.0.1', '1.2.3.4, 5.6.7.8', 0)).toBe('127.0.0.1');
  });

  it('takes the address the outermost trusted proxy saw', () => {
    // client -> proxy (10.0.0.2) -> app: the proxy appended the client.
    expect(resolveClientAddress('10.0.0.2', 'forged, 203.0.113.7', 1)).toBe('203.0.113.7');
    // client -> edge (10.0.0.1) -> proxy (10.0.0.2) -> app.
    expect(resolveClientAddress('10.0.0.2', '9.9.9.9, 203.0.113.7, 10.0.0.1', 2)).toBe('203.0.113.7');
    expect(resolveClientAddress('10.0.0.2', ['9.9.9.9, 203.0.113.7', '10.0.0.1'], 2)).toBe('203.0.113.7');
  });

  it('falls back to the socket when the chain is short or the entry is not an address', () => {
    expect(resolveClientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
    expect(resolveClientAddress('10.0.0.2', 'not-an-ip', 1)).toBe('10.0.0.2');
    expect(resolveClientAddress(undefined, undefined, 0)).toBe('unknown');
  });
});

describe('normalizeAddress', () => {
  it('accepts IPv4 and IPv6, maps IPv4-in-IPv6 and refuses anything else', () => {
    expect(normalizeAddress('2001:db8::1')).toBe('2001:db8::1');
    expect(normalizeAddress('[2001:db8::1]')).toBe('2001:db8::1');
    expect(normalizeAddress('::ffff:10.1.2.3')).toBe('10.1.2.3');
    expect(normalizeAddress('10.1.2.3:80')).toBeNull();
    expect(normalizeAddress('\u0000')).toBeNull();
  });
});

describe('rewriteForwardedHeaders and clientIpFrom', () => {
  it('replaces every forwarded claim, and the app trusts only requests that passed the front', () => {
    const headers: Record<string, string | string[] | undefined> = {
      'x-forwarded-for': '1.2.3.4',
      'x-real-ip': '1.2.3.4',
      forwarded: 'for=1.2.3.4',
      'x-forwarded-host': 'evil.example',
    };
    expect(rewriteForwardedHeaders(headers, '198.51.100.9', 0, 'secret-token')).toBe('198.51.100.9');
    expect(headers).toMatchObject({ 'x-forwarded-for': '198.51.100.9', 'x-real-ip': '198.51.100.9' });
    expect(headers.forwarded).toBeUndefined();
    expect(headers['x-forwarded-host']).toBeUndefined();

    const seen = new Headers(headers as Record<string, string>);
    expect(clientIpFrom(seen, 'secret-token')).toBe('198.51.100.9');
    expect(clientIpFrom(seen, 'another-token')).toBe('unknown');
    expect(clientIpFrom(new Headers({ 'x-forwarded-for': '1.2.3.4' }), undefined)).toBe('unknown');
  });
});
