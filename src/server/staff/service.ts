// Staff account use cases for admins: list, invite by email (a one-time set-password link, so
// nobody but the invited person ever knows the password), change a role, deactivate and
// reactivate, send a reset link. Each change is recorded in the staff audit log.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { AppError } from '@/server/errors';
import type { StaffRole } from '@/server/auth/roles';
import { revokeAllSessionsOf } from '@/server/auth/staff-sessions';
import type { Db } from '@/server/db/client';
import { recordStaffEvent, type Actor } from './events';
import { sendStaffLink } from './links';
import type { CreateStaffInput } from './schema';

export interface AdminContext {
  /** The signed-in admin; null for the command line (npm run staff). */
  actor: Actor | null;
  clientIp: string | null;
}

export async function listStaff(db: Db) {
  const users = await db.adminUser.findMany({
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      email: true,
      username: true,
      role: true,
      isActive: true,
      lastLogin: true,
      createdAt: true,
      passwordHash: true,
    },
  });
  return users.map(({ passwordHash, ...user }) => ({
    ...user,
    status: !user.isActive ? ('deactivated' as const) : passwordHash ? ('active' as const) : ('invited' as const),
  }));
}

function usernameFor(email: string): string {
  return `${email.split('@')[0] ?? 'staff'}`.slice(0, 60);
}

/** Creates the account without a password and emails its owner a link to choose one. */
export async function inviteStaff(db: Db, input: CreateStaffInput, ctx: AdminContext) {
  const existing = await db.adminUser.findUnique({ where: { email: input.email } });
  if (existing) throw new AppError('CONFLICT', 'A staff account with this email already exists', { field: 'email' });
  const base = usernameFor(input.email);
  // Usernames are unique; two colleagues may share the part before the @.
  const taken = await db.adminUser.findUnique({ where: { username: base }, select: { id: true } });
  const username = taken ? `${base}-${randomBytes(3).toString('hex')}` : base;
  const user = await db.adminUser.create({
    data: { email: input.email, username, role: input.role, passwordHash: null },
  });
  const link = await sendStaffLink(db, user, 'invite');
  await recordStaffEvent(db, {
    action: 'invited',
    actor: ctx.actor,
    target: user,
    ip: ctx.clientIp,
    details: { role: input.role, expiresAt: link.expiresAt.toISOString() },
  });
  return { user: { id: user.id, email: user.email, role: input.role }, linkExpiresAt: link.expiresAt };
}

async function accountOf(db: Db, id: string) {
  const user = await db.adminUser.findUnique({ where: { id } });
  if (!user) throw new AppError('NOT_FOUND', 'This staff account does not exist.');
  return user;
}

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/**
 * Refuses a change that would leave no active admin able to sign in. Serialised by an
 * advisory lock, so two admins demoting each other at once cannot both succeed.
 */
async function assertAnotherAdminRemains(tx: Tx, leavingId: string, what: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('staff-active-admins'))`;
  const others = await tx.adminUser.count({
    where: { role: 'admin', isActive: true, passwordHash: { not: null }, id: { not: leavingId } },
  });
  if (others === 0) {
    throw new AppError('CONFLICT', `You cannot ${what} the last active admin. Make another account admin first.`, {
      reason: 'lastAdmin',
    });
  }
}

export async function changeRole(db: Db, input: { id: string; role: StaffRole }, ctx: AdminContext) {
  return db.$transaction(async (tx) => {
    const user = await tx.adminUser.findUnique({ where: { id: input.id } });
    if (!user) throw new AppError('NOT_FOUND', 'This staff account does not exist.');
    if (user.role === input.role) return { id: user.id, role: input.role, changed: false };
    if (user.role === 'admin' && user.isActive) await assertAnotherAdminRemains(tx, user.id, 'demote');
    await tx.adminUser.update({ where: { id: user.id }, data: { role: input.role } });
    await recordStaffEvent(tx, {
      action: 'role_changed',
      actor: ctx.actor,
      target: user,
      ip: ctx.clientIp,
      details: { from: user.role, to: input.role },
    });
    return { id: user.id, role: input.role, changed: true };
  });
}

/** Deactivation ends every session at once and voids the account's unused links. */
export async function setActive(db: Db, input: { id: string; active: boolean }, ctx: AdminContext) {
  return db.$transaction(async (tx) => {
    const user = await tx.adminUser.findUnique({ where: { id: input.id } });
    if (!user) throw new AppError('NOT_FOUND', 'This staff account does not exist.');
    if (user.isActive === input.active) return { id: user.id, active: input.active, changed: false };
    if (!input.active) {
      if (user.id === ctx.actor?.id) {
        throw new AppError('CONFLICT', 'You cannot deactivate your own account. Ask another admin.', {
          reason: 'self',
        });
      }
      if (user.role === 'admin') await assertAnotherAdminRemains(tx, user.id, 'deactivate');
    }
    await tx.adminUser.update({ where: { id: user.id }, data: { isActive: input.active } });
    let sessionsEnded = 0;
    if (!input.active) {
      sessionsEnded = await revokeAllSessionsOf(tx, user.id);
      await tx.oneTimeLink.updateMany({
        where: { subject: user.id, purpose: { in: ['staff_invite', 'staff_reset'] }, usedAt: null },
        data: { usedAt: new Date() },
      });
    }
    await recordStaffEvent(tx, {
      action: input.active ? 'reactivated' : 'deactivated',
      actor: ctx.actor,
      target: user,
      ip: ctx.clientIp,
      details: input.active ? {} : { sessionsEnded },
    });
    return { id: user.id, active: input.active, changed: true };
  });
}

/**
 * Emails the account a fresh link: the invitation again while it has no password, otherwise a
 * password reset. The admin never sees the link or a password.
 */
export async function sendLinkFor(db: Db, input: { id: string }, ctx: AdminContext) {
  const user = await accountOf(db, input.id);
  if (!user.isActive) throw new AppError('CONFLICT', 'Reactivate this account before sending it a link.');
  const kind = user.passwordHash ? 'reset' : 'invite';
  const link = await sendStaffLink(db, user, kind);
  await recordStaffEvent(db, {
    action: kind === 'invite' ? 'invitation_resent' : 'reset_link_sent',
    actor: ctx.actor,
    target: user,
    ip: ctx.clientIp,
  });
  return { kind, email: user.email, linkExpiresAt: link.expiresAt };
}
