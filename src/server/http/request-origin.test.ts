import { describe, expect, it } from 'vitest';
import { ownOrigins, trustedRequestOrigin } from './request-origin';

const local = { siteOrigin: 'http://localhost:3900', allowedOrigins: [] };
const hosted = { siteOrigin: 'https://xteam.pro', allowedOrigins: ['https://www.xteam.pro'] };

describe('trustedRequestOrigin', () => {
  it('keeps the loopback name the editor used for a loopback site', () => {
    expect(trustedRequestOrigin('127.0.0.1:3900', 'http:', local)).toBe('http://127.0.0.1:3900');
    expect(trustedRequestOrigin('[::1]:3900', 'http:', local)).toBe('http://[::1]:3900');
    expect(trustedRequestOrigin('localhost:3900', 'http:', local)).toBe('http://localhost:3900');
  });

  it('keeps an allowed name of a hosted site', () => {
    expect(trustedRequestOrigin('www.xteam.pro', 'https:', hosted)).toBe('https://www.xteam.pro');
  });

  it('falls back to SITE_URL for any other host, port or scheme', () => {
    expect(trustedRequestOrigin('evil.example', 'http:', local)).toBe('http://localhost:3900');
    expect(trustedRequestOrigin('127.0.0.1:4000', 'http:', local)).toBe('http://localhost:3900');
    expect(trustedRequestOrigin('127.0.0.1:3900', 'https:', local)).toBe('http://localhost:3900');
    expect(trustedRequestOrigin('127.0.0.1', 'http:', hosted)).toBe('https://xteam.pro');
    expect(trustedRequestOrigin('xteam.pro@evil.example', 'https:', hosted)).toBe('https://xteam.pro');
    expect(trustedRequestOrigin('xteam.pro/evil', 'https:', hosted)).toBe('https://xteam.pro');
    expect(trustedRequestOrigin(undefined, 'https:', hosted)).toBe('https://xteam.pro');
    expect(trustedRequestOrigin('a'.repeat(300), 'https:', hosted)).toBe('https://xteam.pro');
  });

  it('adds no loopback names to a hosted site', () => {
    expect([...ownOrigins(hosted)]).toEqual(['https://xteam.pro', 'https://www.xteam.pro']);
  });
});
