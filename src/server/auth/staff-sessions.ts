// Server-side staff sessions: each sign-in is a staff_sessions row that the JWT names (sid).
// A session is honoured only while the row says so, which is what makes the idle and absolute
// time-outs and sign-out hold even for a copied cookie.
import 'server-only';
import type { Db } from '@/server/db/client';
import { isStaffRole, type StaffRole } from './roles';
import { needsTouch, sessionVerdict, type SessionVerdict } from './session-policy';

export interface SessionLimitsConfig {
  idleMinutes: number;
  maxHours: number;
}

export interface LiveStaffSession {
  sessionId: string;
  user: { id: string; email: string; name: string; role: StaffRole };
}

export async function startStaffSession(
  db: Db,
  userId: string,
  limits: SessionLimitsConfig,
  userAgent?: string | null,
  now = new Date(),
): Promise<string> {
  const row = await db.staffSession.create({
    data: {
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + limits.maxHours * 60 * 60 * 1000),
      userAgent: userAgent?.slice(0, 500) ?? null,
    },
    select: { id: true },
  });
  return row.id;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The session and its user as they are now (role and active flag come from admin_users, so a
 * role change or a deactivation applies at once), or null with the reason it ended.
 */
export async function checkStaffSession(
  db: Db,
  sessionId: unknown,
  limits: SessionLimitsConfig,
  now = new Date(),
): Promise<{ live: LiveStaffSession } | { live: null; reason: SessionVerdict | 'unknown' | 'inactive' }> {
  if (typeof sessionId !== 'string' || !UUID.test(sessionId)) return { live: null, reason: 'unknown' };
  const row = await db.staffSession.findUnique({
    where: { id: sessionId },
    include: { user: { select: { id: true, email: true, username: true, role: true, isActive: true } } },
  });
  if (!row) return { live: null, reason: 'unknown' };
  const verdict = sessionVerdict(row, { idleMs: limits.idleMinutes * 60_000 }, now);
  if (verdict !== 'valid') return { live: null, reason: verdict };
  if (!row.user.isActive || !isStaffRole(row.user.role)) return { live: null, reason: 'inactive' };
  if (needsTouch(row, now)) {
    // Conditional, so concurrent requests do not move it backwards.
    await db.staffSession.updateMany({
      where: { id: row.id, revokedAt: null, lastSeenAt: { lt: now } },
      data: { lastSeenAt: now },
    });
  }
  return {
    live: {
      sessionId: row.id,
      user: { id: row.user.id, email: row.user.email, name: row.user.username, role: row.user.role },
    },
  };
}

export async function revokeStaffSession(db: Db, sessionId: unknown, now = new Date()): Promise<void> {
  if (typeof sessionId !== 'string' || !UUID.test(sessionId)) return;
  await db.staffSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Ends every session of a user, e.g. when an admin deactivates the account. */
export async function revokeAllSessionsOf(
  db: Pick<Db, 'staffSession'>,
  userId: string,
  now = new Date(),
): Promise<number> {
  const { count } = await db.staffSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return count;
}
