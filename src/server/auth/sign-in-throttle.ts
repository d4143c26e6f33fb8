// Sign-in throttles by client address, beside the account-wide lock (sign-in-guard.ts): failed
// sign-ins per address (password spraying across emails) and per (address, email) (guessing
// one account, also from a trusted device). Over either, the sign-in endpoint answers 429 with
// Retry-After before the password is even checked. Counters live in PostgreSQL.
import 'server-only';
import { type RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { env } from '@/env';
import { limiter } from '@/server/rate-limit/limiters';

// Read when first used: `next build` loads this module without a validated environment.
const windowSeconds = () => (env.STAFF_LOCKOUT_MINUTES ?? 15) * 60;
const perAddress = () => env.STAFF_SIGNIN_FAILURES_PER_IP ?? 20;
// Above the account lock, so a browser without a device cookie meets the lock first.
const perPair = () => 2 * (env.STAFF_SIGNIN_MAX_FAILURES ?? 5);

let limiters: { address: RateLimiterPostgres; pair: RateLimiterPostgres } | undefined;
function throttles() {
  limiters ??= {
    address: limiter('staff-signin-ip', perAddress(), windowSeconds()),
    pair: limiter('staff-signin-ip-email', perPair(), windowSeconds()),
  };
  return limiters;
}

function emailKey(email: unknown): string {
  return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 255) : '';
}

const pairKey = (ip: string, email: unknown) => `${ip}|${emailKey(email)}`;

/** Seconds to wait when this address (or this address for this email) is throttled, else null. */
export async function signInRetryAfter(ip: string, email: unknown): Promise<number | null> {
  const { address, pair } = throttles();
  const [byAddress, byPair] = await Promise.all([address.get(ip), pair.get(pairKey(ip, email))]);
  const waits = [
    byAddress && byAddress.consumedPoints >= perAddress() ? byAddress.msBeforeNext : 0,
    byPair && byPair.consumedPoints >= perPair() ? byPair.msBeforeNext : 0,
  ];
  const longest = Math.max(...waits);
  return longest > 0 ? Math.ceil(longest / 1000) : null;
}

export async function recordFailedSignInFrom(ip: string, email: unknown): Promise<void> {
  const { address, pair } = throttles();
  await Promise.all(
    [address.consume(ip), pair.consume(pairKey(ip, email))].map((attempt) =>
      attempt.catch((rejection: unknown) => {
        // Already over the limit: the throttle holds, as it should.
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
      }),
    ),
  );
}

export async function clearFailedSignInsFrom(ip: string, email: unknown): Promise<void> {
  await throttles().pair.delete(pairKey(ip, email));
}
