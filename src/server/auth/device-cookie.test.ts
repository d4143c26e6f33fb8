import { describe, expect, it } from 'vitest';
import { deviceCookieHeader, deviceToken, isTrustedDevice } from './device-cookie';

const secret = 'a'.repeat(32);

describe('device cookie', () => {
  it('trusts a token for the email it was issued for, within its lifetime', () => {
    const now = Date.UTC(2026, 10, 1);
    const token = deviceToken(secret, 'Admin@XTeam.pro', now);
    expect(isTrustedDevice(secret, 'admin@xteam.pro', token, now + 1000)).toBe(true);
    expect(isTrustedDevice(secret, 'other@xteam.pro', token, now)).toBe(false);
    expect(isTrustedDevice('b'.repeat(32), 'admin@xteam.pro', token, now)).toBe(false);
    expect(isTrustedDevice(secret, 'admin@xteam.pro', token, now + 181 * 24 * 3600 * 1000)).toBe(false);
    expect(isTrustedDevice(secret, 'admin@xteam.pro', `${token}x`, now)).toBe(false);
    expect(isTrustedDevice(secret, 'admin@xteam.pro', null, now)).toBe(false);
  });

  it('is HttpOnly, scoped to the auth endpoints, and Secure on https', () => {
    expect(deviceCookieHeader(secret, 'a@b.co', true)).toMatch(
      /Path=\/api\/auth; Max-Age=\d+; HttpOnly; SameSite=Lax; Secure$/,
    );
    expect(deviceCookieHeader(secret, 'a@b.co', false)).not.toContain('Secure');
  });
});
