// The trusted-device cookie: set when a staff member signs in successfully, it names the email
// and is signed with NEXTAUTH_SECRET. A browser carrying it for the email it signs in with is
// exempt from that email's account-wide lock, so failures from elsewhere cannot keep the owner
// out; the per-address throttles still apply to it.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const DEVICE_COOKIE = 'xteam-device';
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

function signature(secret: string, email: string, issuedAt: number): string {
  return createHmac('sha256', secret).update(`staff-device\n${email.toLowerCase()}\n${issuedAt}`).digest('base64url');
}

export function deviceToken(secret: string, email: string, now = Date.now()): string {
  const issuedAt = Math.floor(now / 1000);
  return `${issuedAt}.${signature(secret, email, issuedAt)}`;
}

/** Whether `token` was issued by this site for `email` and has not expired. */
export function isTrustedDevice(secret: string, email: string, token: string | null, now = Date.now()): boolean {
  const [issued, given] = (token ?? '').split('.');
  const issuedAt = Number(issued);
  if (!given || !Number.isSafeInteger(issuedAt)) return false;
  const age = now / 1000 - issuedAt;
  if (age < 0 || age > DEVICE_COOKIE_MAX_AGE_SECONDS) return false;
  const expected = Buffer.from(signature(secret, email, issuedAt));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export function deviceCookieHeader(secret: string, email: string, secure: boolean): string {
  const attributes = [
    `${DEVICE_COOKIE}=${deviceToken(secret, email)}`,
    'Path=/api/auth',
    `Max-Age=${DEVICE_COOKIE_MAX_AGE_SECONDS}`,
    'HttpOnly',
    'SameSite=Lax',
  ];
  if (secure) attributes.push('Secure');
  return attributes.join('; ');
}
