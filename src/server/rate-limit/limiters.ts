// Rate limits on PostgreSQL (rate-limiter-flexible), shared by every app instance: per client
// IP and per email on audit submission and the contact form, per IP on starting wizard drafts,
// on consultation bookings, and on analytics events.
import 'server-only';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { env } from '@/env';
import { pool } from '@/server/db/pool';
import { AppError } from '@/server/errors';
import { metrics } from '@/server/metrics/registry';

/** A limiter on the rate_limits table (also used by the staff sign-in lockout). */
export function limiter(keyPrefix: string, points: number, durationSeconds: number) {
  // The table comes from a Prisma migration (rate_limits), so the library must not create it.
  return new RateLimiterPostgres({
    storeClient: pool,
    tableName: 'rate_limits',
    tableCreated: true,
    keyPrefix,
    points,
    duration: durationSeconds,
  });
}

const HOUR = 60 * 60;
const limiters = {
  submitPerIp: limiter('audit-submit-ip', env.AUDIT_SUBMITS_PER_IP_PER_HOUR, HOUR),
  // The wizard: a person finishing a draft they built step by step. An office behind one
  // address shares the address budget (starting drafts is limited separately), and each
  // draft has a small budget of its own for retries.
  wizardSubmitPerIp: limiter('audit-wizard-submit-ip', env.AUDIT_WIZARD_SUBMITS_PER_IP_PER_HOUR, HOUR),
  submitPerDraft: limiter('audit-submit-draft', 5, HOUR),
  submitPerEmail: limiter('audit-submit-email', env.AUDIT_SUBMITS_PER_EMAIL_PER_DAY, 24 * HOUR),
  draftsPerIp: limiter('audit-draft-ip', env.AUDIT_DRAFTS_PER_IP_PER_HOUR, HOUR),
  // "Email me the results later" after a refusal: a queued path, bounded on its own.
  deferredPerIp: limiter('audit-deferred-ip', env.AUDIT_DEFERRED_PER_IP_PER_HOUR, HOUR),
  deferredPerEmail: limiter('audit-deferred-email', env.AUDIT_DEFERRED_PER_EMAIL_PER_DAY, 24 * HOUR),
  // Cost guard of the remote LLM: over budget, the built-in model writes instead.
  llmPerIp: limiter('llm-ip', env.LLM_CALLS_PER_IP_PER_HOUR, HOUR),
  llmGlobal: limiter('llm-global', env.LLM_CALLS_PER_DAY, 24 * HOUR),
  contactPerIp: limiter('contact-ip', env.CONTACT_SUBMITS_PER_IP_PER_HOUR, HOUR),
  contactPerEmail: limiter('contact-email', env.CONTACT_SUBMITS_PER_EMAIL_PER_DAY, 24 * HOUR),
  bookingPerIp: limiter('booking-ip', env.BOOKINGS_PER_IP_PER_HOUR, HOUR),
  bookingPerEmail: limiter('booking-email', env.BOOKINGS_PER_EMAIL_PER_DAY, 24 * HOUR),
  // Analytics beacons: generous for a real visitor, a ceiling for a script flooding the table.
  eventsPerIp: limiter('events-ip', env.ANALYTICS_EVENTS_PER_IP_PER_MINUTE, 60),
  // "Your data" links: each one is an email to a mailbox, so both the sender and the inbox are capped.
  privacyPerIp: limiter('privacy-ip', env.PRIVACY_REQUESTS_PER_IP_PER_HOUR, HOUR),
  privacyPerEmail: limiter('privacy-email', env.PRIVACY_REQUESTS_PER_EMAIL_PER_DAY, 24 * HOUR),
};

export type LimitName = keyof typeof limiters;

const MESSAGES: Record<LimitName, string> = {
  submitPerIp: 'Too many audits from your network. Please try again later.',
  wizardSubmitPerIp: 'Many audits were finished from your network in the last hour.',
  submitPerDraft: 'This audit was sent several times in the last hour.',
  submitPerEmail: 'Too many audits for this email address today. Please try again tomorrow.',
  draftsPerIp: 'Too many audits started from your network. Please try again later.',
  deferredPerIp: 'Too many audits were left for later from your network. Please try again later.',
  deferredPerEmail: 'Several audits for this email address are waiting already. We will send their results soon.',
  llmPerIp: 'AI budget for your network reached.',
  llmGlobal: 'Daily AI budget reached.',
  contactPerIp: 'Too many messages from your network. Please try again later or write to us by email.',
  contactPerEmail: 'You have sent us several messages today already. We will answer them soon.',
  bookingPerIp: 'Too many booking changes from your network. Please try again later.',
  bookingPerEmail:
    'This email address has booked several consultations today already. Please write to us to add another.',
  eventsPerIp: 'Too many analytics events from your network.',
  privacyPerIp: 'Too many data requests from your network. Please try again later.',
  privacyPerEmail: 'Several links were sent to this address today already. Please use one of them or try tomorrow.',
};

/** Consumes one point; throws RATE_LIMITED with the wait in seconds when over the limit. */
export async function consume(name: LimitName, key: string): Promise<void> {
  try {
    await limiters[name].consume(key.toLowerCase());
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      metrics().rateLimited.inc({ limit: name });
      throw new AppError('RATE_LIMITED', MESSAGES[name], { reason: name, retryAfterSeconds });
    }
    throw rejection;
  }
}
