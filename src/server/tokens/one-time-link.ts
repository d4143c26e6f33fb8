// One-time links sent by email (data-rights requests today; anything that proves control of a
// mailbox tomorrow): a random 256-bit secret goes to the person only, the database keeps its
// SHA-256, so a leaked table opens nothing. A link expires, and the first use spends it through
// a conditional UPDATE, so two concurrent uses cannot both succeed.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '@/server/db/client';

type LinkDb = Pick<Db, 'oneTimeLink'>;

export interface IssuedLink {
  id: string;
  /** The secret for the URL; never stored. */
  token: string;
  expiresAt: Date;
}

export interface OpenLink {
  id: string;
  purpose: string;
  subject: string;
  expiresAt: Date;
}

/** Why a token does not open anything (unknown, spent or expired look the same to callers). */
export type LinkRefusal = 'unknown' | 'used' | 'expired';

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function issueLink(
  db: LinkDb,
  input: { purpose: string; subject: string; ttlMinutes: number },
  now = new Date(),
): Promise<IssuedLink> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + input.ttlMinutes * 60_000);
  const link = await db.oneTimeLink.create({
    data: {
      purpose: input.purpose,
      subject: input.subject,
      tokenHash: hashLinkToken(token),
      expiresAt,
      createdAt: now,
    },
  });
  return { id: link.id, token, expiresAt };
}

/** Reads a link without spending it (to show what it will do). */
export async function inspectLink(
  db: LinkDb,
  token: string,
  purposes: readonly string[],
  now = new Date(),
): Promise<{ ok: true; link: OpenLink } | { ok: false; reason: LinkRefusal }> {
  // A malformed token cannot match a hash; skip the query.
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { ok: false, reason: 'unknown' };
  const link = await db.oneTimeLink.findUnique({ where: { tokenHash: hashLinkToken(token) } });
  if (!link || !purposes.includes(link.purpose)) return { ok: false, reason: 'unknown' };
  if (link.usedAt) return { ok: false, reason: 'used' };
  if (link.expiresAt <= now) return { ok: false, reason: 'expired' };
  return { ok: true, link: { id: link.id, purpose: link.purpose, subject: link.subject, expiresAt: link.expiresAt } };
}

/**
 * Spends a link: true for exactly one caller while it is unused and unexpired. Pass the
 * transaction that does the link's work, so a failure leaves the link usable.
 */
export async function spendLink(db: LinkDb, id: string, now = new Date()): Promise<boolean> {
  const { count } = await db.oneTimeLink.updateMany({
    where: { id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}
