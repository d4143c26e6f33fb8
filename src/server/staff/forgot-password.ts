// "Forgot password": a staff member asks for a reset link by email. Rate-limited per client
// address and per email (rate-limiter-flexible on PostgreSQL, like every limit of the site),
// and the answer is the same, in the same time, whether or not the account exists: the link is
// issued and emailed after the answer, off the request's path.
import 'server-only';
import { createHash } from 'node:crypto';
import { type RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { env } from '@/env';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import type { Logger } from '@/server/logging/logger';
import { limiter } from '@/server/rate-limit/limiters';
import { resetTtlMinutes } from './config';
import { recordStaffEvent } from './events';
import { sendStaffLink } from './links';

const HOUR = 60 * 60;
let limiters: { perIp: RateLimiterPostgres; perEmail: RateLimiterPostgres } | undefined;
function resetLimiters() {
  limiters ??= {
    perIp: limiter('staff-reset-ip', env.STAFF_RESETS_PER_IP_PER_HOUR, HOUR),
    perEmail: limiter('staff-reset-email', env.STAFF_RESETS_PER_EMAIL_PER_DAY, 24 * HOUR),
  };
  return limiters;
}

const MESSAGES = {
  perIp: 'Too many password reset requests from your network. Please wait and try again.',
  perEmail: 'Several reset links were sent to this address today already. Use the newest one or try tomorrow.',
};

async function consume(name: 'perIp' | 'perEmail', key: string) {
  try {
    await resetLimiters()[name].consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw new AppError('RATE_LIMITED', MESSAGES[name], { reason: `staffReset_${name}`, retryAfterSeconds });
  }
}

/** The counter key of an address: its hash, so asking about an address does not store it. */
const emailKey = (email: string) => createHash('sha256').update(email.toLowerCase()).digest('hex');

export async function requestPasswordReset(
  db: Db,
  input: { email: string },
  ctx: { clientIp: string; log: Logger },
): Promise<{ status: 'sent'; validForMinutes: number }> {
  await consume('perIp', ctx.clientIp);
  await consume('perEmail', emailKey(input.email));
  void sendResetIfAccount(db, input.email, ctx.clientIp).catch((error: unknown) =>
    ctx.log.error({ err: error }, 'password reset link could not be sent'),
  );
  return { status: 'sent', validForMinutes: resetTtlMinutes() };
}

/** Exported for tests that need to await the work the request leaves behind. */
export async function sendResetIfAccount(db: Db, email: string, clientIp: string): Promise<boolean> {
  const user = await db.adminUser.findUnique({ where: { email: email.toLowerCase() } });
  // A deactivated account gets nothing: it cannot use a link anyway.
  if (!user?.isActive) return false;
  await sendStaffLink(db, user, 'reset');
  await recordStaffEvent(db, { action: 'reset_requested', actor: null, target: user, ip: clientIp });
  return true;
}
