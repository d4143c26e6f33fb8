// The secret of a booking's cancel / reschedule link: 256 random bits, sent to the visitor
// only; the database keeps its SHA-256, so a leaked table cannot manage anyone's booking.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

export function newManageToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashManageToken(token) };
}

export function hashManageToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
