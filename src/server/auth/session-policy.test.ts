import { describe, expect, it } from 'vitest';
import { needsTouch, sessionVerdict } from './session-policy';

const MIN = 60_000;
const signedIn = new Date('2026-11-26T08:00:00Z');
const at = (minutes: number) => new Date(signedIn.getTime() + minutes * MIN);
const session = (lastSeenMinutes: number, revokedAt: Date | null = null) => ({
  createdAt: signedIn,
  lastSeenAt: at(lastSeenMinutes),
  expiresAt: at(12 * 60),
  revokedAt,
});
const limits = { idleMs: 30 * MIN };

describe('staff session policy', () => {
  it('is valid while used within the idle time-out', () => {
    expect(sessionVerdict(session(0), limits, at(29))).toBe('valid');
    expect(sessionVerdict(session(600), limits, at(629))).toBe('valid');
  });

  it('ends after 30 idle minutes', () => {
    expect(sessionVerdict(session(0), limits, at(30))).toBe('idle');
    expect(sessionVerdict(session(100), limits, at(131))).toBe('idle');
  });

  it('ends 12 hours after sign-in however active', () => {
    expect(sessionVerdict(session(719), limits, at(720))).toBe('expired');
    expect(sessionVerdict(session(719), limits, at(719))).toBe('valid');
  });

  it('ends at sign-out', () => {
    expect(sessionVerdict(session(0, at(1)), limits, at(2))).toBe('revoked');
  });

  it('touches last_seen_at at most once a minute', () => {
    expect(needsTouch(session(0), at(0.5))).toBe(false);
    expect(needsTouch(session(0), at(1))).toBe(true);
  });
});
