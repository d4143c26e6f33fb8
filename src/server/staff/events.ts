// The staff audit log (staff_events): who did what to which account, when, from which address.
// The address is the one resolved by src/server/http/client-ip.ts, never a raw header. A null
// actor is the command line (npm run staff) or the account's owner acting through a link.
import 'server-only';
import type { Prisma } from '@/server/db/generated/client';
import type { Db } from '@/server/db/client';

export const STAFF_EVENT_ACTIONS = [
  'invited',
  'invitation_resent',
  'password_set',
  'reset_requested',
  'reset_link_sent',
  'role_changed',
  'deactivated',
  'reactivated',
  'sign_in',
  'sign_in_failed',
  'sign_out',
] as const;
export type StaffEventAction = (typeof STAFF_EVENT_ACTIONS)[number];

export const STAFF_EVENT_LABELS: Record<StaffEventAction, string> = {
  invited: 'Invited',
  invitation_resent: 'Invitation sent again',
  password_set: 'Password set through a link',
  reset_requested: 'Password reset asked for',
  reset_link_sent: 'Reset link sent by an admin',
  role_changed: 'Role changed',
  deactivated: 'Deactivated',
  reactivated: 'Reactivated',
  sign_in: 'Signed in',
  sign_in_failed: 'Sign-in failed',
  sign_out: 'Signed out',
};

export interface Actor {
  id: string;
  email: string;
}

type EventDb = Pick<Db, 'staffEvent'>;

export interface StaffEventInput {
  action: StaffEventAction;
  /** Who acted; null for the command line or the account's owner through a link. */
  actor: Actor | null;
  target?: { id: string; email: string } | null;
  ip?: string | null;
  details?: Prisma.InputJsonObject;
}

export async function recordStaffEvent(db: EventDb, input: StaffEventInput, now = new Date()): Promise<void> {
  await db.staffEvent.create({
    data: {
      occurredAt: now,
      action: input.action,
      actorId: input.actor?.id ?? null,
      actorEmail: input.actor?.email ?? null,
      targetId: input.target?.id ?? null,
      targetEmail: input.target?.email ?? null,
      ip: input.ip?.slice(0, 64) ?? null,
      details: input.details ?? {},
    },
  });
}

/**
 * A failed sign-in for an existing account (a typed address that matches nobody is not
 * recorded: the log must not collect strangers' addresses). One statement: no row when unknown.
 */
export async function recordFailedSignInEvent(db: Db, email: unknown, ip: string): Promise<void> {
  if (typeof email !== 'string') return;
  await db.$executeRaw`
    INSERT INTO staff_events (action, target_id, target_email, ip)
    SELECT 'sign_in_failed', id, email, ${ip.slice(0, 64)} FROM admin_users WHERE email = ${email.trim().toLowerCase()}`;
}

export const STAFF_LOG_PAGE_SIZE = 50;

export async function listStaffEvents(db: Db, page: number) {
  const [total, rows] = await Promise.all([
    db.staffEvent.count(),
    db.staffEvent.findMany({
      orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * STAFF_LOG_PAGE_SIZE,
      take: STAFF_LOG_PAGE_SIZE,
    }),
  ]);
  return {
    total,
    page,
    pageSize: STAFF_LOG_PAGE_SIZE,
    pages: Math.max(1, Math.ceil(total / STAFF_LOG_PAGE_SIZE)),
    rows,
  };
}

/** The retention job's part: events older than the cutoff go. */
export async function pruneStaffEvents(db: Db, cutoff: Date): Promise<number> {
  return (await db.staffEvent.deleteMany({ where: { occurredAt: { lt: cutoff } } })).count;
}
