// When a staff session stops being valid. Pure, so the rules are unit-tested without a clock.
export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface SessionLimits {
  idleMs: number;
}

export type SessionVerdict = 'valid' | 'revoked' | 'expired' | 'idle';

export function sessionVerdict(session: SessionTimes, limits: SessionLimits, now: Date): SessionVerdict {
  if (session.revokedAt) return 'revoked';
  if (now.getTime() >= session.expiresAt.getTime()) return 'expired';
  if (now.getTime() - session.lastSeenAt.getTime() >= limits.idleMs) return 'idle';
  return 'valid';
}

/** Writing last_seen_at on every request is wasteful: once a minute is precise enough. */
export const TOUCH_INTERVAL_MS = 60_000;

export function needsTouch(session: Pick<SessionTimes, 'lastSeenAt'>, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}
