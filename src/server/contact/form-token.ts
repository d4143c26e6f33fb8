// A signed "form shown at" token: the contact form carries it, and a message sent sooner than
// a person could type one (or with a forged or day-old token) is refused. No third party.
import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '@/env';

const MAX_AGE_MS = 24 * 60 * 60 * 1000;

function sign(issuedAt: string): string {
  return createHmac('sha256', `contact-form:${env.NEXTAUTH_SECRET}`).update(issuedAt).digest('base64url');
}

export function issueFormToken(now = Date.now()): string {
  const issuedAt = String(now);
  return `${issuedAt}.${sign(issuedAt)}`;
}

export type FormTokenVerdict = 'ok' | 'invalid' | 'too-fast' | 'expired';

export function checkFormToken(token: string, now = Date.now()): FormTokenVerdict {
  const [issuedAt, signature] = token.split('.');
  if (!issuedAt || !signature || !/^\d{10,16}$/.test(issuedAt)) return 'invalid';
  const expected = Buffer.from(sign(issuedAt));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  const age = now - Number(issuedAt);
  if (age < env.CONTACT_MIN_FILL_SECONDS * 1000) return 'too-fast';
  if (age > MAX_AGE_MS) return 'expired';
  return 'ok';
}
