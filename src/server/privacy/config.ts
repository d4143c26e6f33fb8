// The retention periods and link settings, from configuration: the job applies them and the
// privacy notice shows them, so the promise and the practice are one number.
import 'server-only';
import { env } from '@/env';

export interface RetentionPolicy {
  /** Audits, inquiries, bookings and their leads, after the person's last contact. */
  recordsMonths: number;
  /** Outbox emails. */
  emailsMonths: number;
  /** First-party analytics events. */
  eventsMonths: number;
  /** The staff audit log (account changes and sign-ins). */
  staffLogMonths: number;
}

export function retentionPolicy(): RetentionPolicy {
  return {
    recordsMonths: env.RETENTION_RECORDS_MONTHS,
    emailsMonths: env.RETENTION_EMAILS_MONTHS,
    eventsMonths: env.RETENTION_EVENTS_MONTHS,
    staffLogMonths: env.RETENTION_STAFF_LOG_MONTHS,
  };
}

export const linkTtlMinutes = (): number => env.PRIVACY_LINK_TTL_MINUTES;

export { monthsBefore } from '@/domain/privacy/months';
