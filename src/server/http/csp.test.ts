import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from './csp';

describe('buildContentSecurityPolicy', () => {
  it("starts with the seed's default-src 'self' and allows scripts only by nonce", () => {
    const policy = buildContentSecurityPolicy('abc123', false);
    expect(policy.startsWith("default-src 'self'")).toBe(true);
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("frame-ancestors 'none'");
  });
  it('allows eval only in development (React refresh)', () => {
    expect(buildContentSecurityPolicy('n', true)).toContain("'unsafe-eval'");
  });
  it('opens beacons and pixels to Google Analytics only when an id is configured', () => {
    expect(buildContentSecurityPolicy('n', false)).toContain("connect-src 'self';");
    const policy = buildContentSecurityPolicy('n', false, { googleAnalytics: true });
    expect(policy).toContain("connect-src 'self' https://*.google-analytics.com");
    expect(policy).toContain("img-src 'self' data: blob: https://*.google-analytics.com");
    expect(policy).toContain("default-src 'self';");
  });
});
