// Set-password links of staff accounts (an invitation, or a reset): issued with the shared
// one-time link helper (only the SHA-256 stored, expiring, single use), emailed through the
// outbox, and spent in the same transaction that sets the password.
import 'server-only';
import { createElement } from 'react';
import { env } from '@/env';
import { clearFailedSignIns } from '@/server/auth/sign-in-guard';
import { hashPassword } from '@/server/auth/password';
import { passwordProblem } from '@/server/auth/password-policy';
import { ROLE_LABELS, isStaffRole } from '@/server/auth/roles';
import { revokeAllSessionsOf } from '@/server/auth/staff-sessions';
import type { Db } from '@/server/db/client';
import { queueEmail } from '@/server/email';
import { StaffLinkEmail } from '@/server/email/templates/staff-link';
import { AppError } from '@/server/errors';
import { inspectLink, issueLink, spendLink, type IssuedLink } from '@/server/tokens/one-time-link';
import { durationInWords, inviteTtlMinutes, resetTtlMinutes } from './config';
import { recordStaffEvent } from './events';

export type StaffLinkKind = 'invite' | 'reset';
const PURPOSE: Record<StaffLinkKind, string> = { invite: 'staff_invite', reset: 'staff_reset' };
const KIND_OF: Record<string, StaffLinkKind> = { staff_invite: 'invite', staff_reset: 'reset' };
const PURPOSES = Object.values(PURPOSE);

export const setPasswordPath = (token: string) => `/admin/password/set/${token}`;

export interface LinkAccount {
  id: string;
  email: string;
  role: string;
}

/**
 * Voids the account's earlier unused links, issues a new one and queues its email. Returns the
 * link (the command line may print it where no email provider is configured).
 */
export async function sendStaffLink(db: Db, account: LinkAccount, kind: StaffLinkKind): Promise<IssuedLink> {
  const ttlMinutes = kind === 'invite' ? inviteTtlMinutes() : resetTtlMinutes();
  const link = await db.$transaction(async (tx) => {
    const now = new Date();
    await tx.oneTimeLink.updateMany({
      where: { subject: account.id, purpose: { in: PURPOSES }, usedAt: null },
      data: { usedAt: now },
    });
    return issueLink(tx, { purpose: PURPOSE[kind], subject: account.id, ttlMinutes }, now);
  });
  await queueEmail(
    {
      kind: kind === 'invite' ? 'staff_invitation' : 'staff_password_reset',
      to: account.email,
      subject: kind === 'invite' ? 'Your XTeam.Pro staff account' : 'Reset your XTeam.Pro staff password',
      body: createElement(StaffLinkEmail, {
        kind,
        email: account.email,
        role: isStaffRole(account.role) ? ROLE_LABELS[account.role] : undefined,
        url: new URL(setPasswordPath(link.token), env.SITE_URL).toString(),
        validFor: durationInWords(ttlMinutes),
      }),
    },
    { db },
  );
  return link;
}

const LINK_GONE: Record<string, string> = {
  unknown: 'This link is not valid. Ask an admin for a new invitation, or use "Forgot password".',
  used: 'This link was used already: each link works once. Use "Forgot password" to get a new one.',
  expired: 'This link has expired. Use "Forgot password" to get a new one, or ask an admin.',
  inactive: 'This account is deactivated. Ask an admin if you need access again.',
};

async function openStaffLink(db: Db, token: string) {
  const result = await inspectLink(db, token, PURPOSES);
  if (!result.ok) throw new AppError('NOT_FOUND', LINK_GONE[result.reason]!, { reason: result.reason });
  const user = await db.adminUser.findUnique({ where: { id: result.link.subject } });
  if (!user) throw new AppError('NOT_FOUND', LINK_GONE.unknown!, { reason: 'unknown' });
  // A deactivated account cannot use a link, even one sent before it was deactivated.
  if (!user.isActive) throw new AppError('NOT_FOUND', LINK_GONE.inactive!, { reason: 'inactive' });
  return { link: result.link, kind: KIND_OF[result.link.purpose]!, user };
}

/** What a link will do, without spending it (the set-password page shows it). */
export async function describeStaffLink(db: Db, token: string) {
  const { link, kind, user } = await openStaffLink(db, token);
  return { kind, email: user.email, expiresAt: link.expiresAt.toISOString() };
}

/**
 * Sets the password through a link: checks the rules, then spends the link and stores the
 * hash in one transaction (a failure leaves the link usable), ends every session of the
 * account and lifts a sign-in lock, so the new password works at once.
 */
export async function setPasswordWithLink(
  db: Db,
  input: { token: string; password: string },
  ctx: { clientIp: string },
): Promise<{ status: 'password_set'; email: string }> {
  const { link, kind, user } = await openStaffLink(db, input.token);
  const problem = passwordProblem(input.password);
  if (problem) throw new AppError('VALIDATION_ERROR', problem, { field: 'password' });
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    if (!(await spendLink(tx, link.id))) {
      throw new AppError('CONFLICT', LINK_GONE.used!, { reason: 'used' });
    }
    // Conditional on the account being active at this instant (a concurrent deactivation wins).
    const { count } = await tx.adminUser.updateMany({
      where: { id: user.id, isActive: true },
      data: { passwordHash },
    });
    if (count !== 1) throw new AppError('NOT_FOUND', LINK_GONE.inactive!, { reason: 'inactive' });
    await revokeAllSessionsOf(tx, user.id);
    await recordStaffEvent(tx, {
      action: 'password_set',
      actor: null,
      target: { id: user.id, email: user.email },
      ip: ctx.clientIp,
      details: { through: kind },
    });
  });
  await clearFailedSignIns(user.email);
  return { status: 'password_set', email: user.email };
}
