// Account lockout: after STAFF_SIGNIN_MAX_FAILURES failed sign-ins in a row for one email, that
// account refuses every attempt, the right password included, for STAFF_LOCKOUT_MINUTES. Keyed
// by the email typed, known or not, so the lock does not reveal which accounts exist. Counters
// live in PostgreSQL (rate-limiter-flexible), shared by every app instance.
import 'server-only';
import { type RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { env } from '@/env';
import { limiter } from '@/server/rate-limit/limiters';

// Read when first used: `next build` loads this module without a validated environment.
const maxFailures = () => env.STAFF_SIGNIN_MAX_FAILURES;
const lockSeconds = () => env.STAFF_LOCKOUT_MINUTES * 60;

let lockoutLimiter: RateLimiterPostgres | undefined;
function lockout(): RateLimiterPostgres {
  // Failures count towards the lock for as long as the lock itself lasts.
  lockoutLimiter ??= limiter('staff-signin', maxFailures(), lockSeconds());
  return lockoutLimiter;
}

export class AccountLockedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('AccountLocked');
  }
}

function keyOf(email: unknown): string {
  return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 255) : '';
}

/** Throws AccountLockedError while the account is locked. */
export async function assertNotLocked(email: unknown): Promise<void> {
  const state = await lockout().get(keyOf(email));
  if (state && state.consumedPoints >= maxFailures() && state.msBeforeNext > 0) {
    throw new AccountLockedError(Math.ceil(state.msBeforeNext / 1000));
  }
}

export async function recordFailedSignIn(email: unknown): Promise<void> {
  const key = keyOf(email);
  try {
    const state = await lockout().consume(key);
    // The failure that reaches the limit starts the full lock period.
    if (state.remainingPoints === 0) await lockout().block(key, lockSeconds());
  } catch (rejection) {
    // Already over the limit (a race between attempts): the account is locked, as it should be.
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
  }
}

export async function clearFailedSignIns(email: unknown): Promise<void> {
  await lockout().delete(keyOf(email));
}
