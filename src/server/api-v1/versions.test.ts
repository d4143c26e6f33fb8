import { describe, expect, it } from 'vitest';
import { versionHeaders } from './versions';

describe('versionHeaders', () => {
  it('names the version and nothing else while it is current', () => {
    const headers = versionHeaders('v1', {});
    expect(headers.get('API-Version')).toBe('v1');
    expect(headers.get('Deprecation')).toBeNull();
    expect(headers.get('Sunset')).toBeNull();
    expect(headers.get('Link')).toBeNull();
  });

  it('announces a retired version with Deprecation, Sunset and successor links', () => {
    const headers = versionHeaders('v1', {
      deprecatedAt: new Date('2027-01-01T00:00:00Z'),
      sunsetAt: new Date('2027-07-01T00:00:00Z'),
      successor: '/api/v2',
    });
    expect(headers.get('Deprecation')).toBe('@1798761600');
    expect(headers.get('Sunset')).toBe('Thu, 01 Jul 2027 00:00:00 GMT');
    expect(headers.get('Link')).toContain('</api/v2>; rel="successor-version"');
    expect(headers.get('Link')).toContain('rel="deprecation"');
  });
});
