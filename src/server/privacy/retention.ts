// Retention (GDPR art. 5(1)(e)), run daily by the worker on a pg-boss schedule: a person's
// audits, inquiries, bookings and leads go once their LAST contact with us (the newest of those
// records, a booking counting from its end) is older than the records period, erased exactly as
// on their own request; audits abandoned before any contact go after the same period; outbox
// emails, analytics events and the staff audit log after their own periods. Each run is recorded in privacy_requests.
import 'server-only';
import type { Db } from '@/server/db/client';
import type { Logger } from '@/server/logging/logger';
import type { FileStorage } from '@/server/storage';
import { monthsBefore, type RetentionPolicy } from './config';
import { pruneStaffEvents } from '@/server/staff/events';
import { deleteFiles, eraseSubjectInTx } from './erase';
import { recordRequest } from './requests';

export interface RetentionSummary {
  people: number;
  audits: number;
  anonymousAudits: number;
  inquiries: number;
  bookings: number;
  leads: number;
  emails: number;
  anonymisedEvents: number;
  deletedEvents: number;
  expiredLinks: number;
  staffEvents: number;
  files: number;
  [key: string]: number;
}

/** Addresses whose newest record is older than the cutoff. */
async function lapsedPeople(db: Db, cutoff: Date): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ email: string }>>`
    WITH contact AS (
      SELECT lower(coalesce(contact_email, contact_info->>'email')) AS email,
             greatest(created_at, updated_at) AS at FROM audits
      UNION ALL SELECT lower(email), created_at FROM contact_inquiries
      UNION ALL SELECT lower(email), greatest(created_at, updated_at, ends_at) FROM consultation_bookings
      UNION ALL SELECT lower(email), greatest(created_at, updated_at) FROM leads
    )
    SELECT email FROM contact WHERE email IS NOT NULL AND email <> ''
    GROUP BY email HAVING max(at) < ${cutoff}
    ORDER BY email`;
  return rows.map((row) => row.email);
}

export async function runRetention(
  db: Db,
  storage: FileStorage,
  policy: RetentionPolicy,
  log: Logger,
  now = new Date(),
): Promise<RetentionSummary> {
  const cutoffs = {
    records: monthsBefore(now, policy.recordsMonths),
    emails: monthsBefore(now, policy.emailsMonths),
    events: monthsBefore(now, policy.eventsMonths),
    staffLog: monthsBefore(now, policy.staffLogMonths),
  };
  const summary: RetentionSummary = {
    people: 0,
    audits: 0,
    anonymousAudits: 0,
    inquiries: 0,
    bookings: 0,
    leads: 0,
    emails: 0,
    anonymisedEvents: 0,
    deletedEvents: 0,
    expiredLinks: 0,
    staffEvents: 0,
    files: 0,
  };

  // One transaction per person: a failure leaves the others done and is retried next run.
  for (const email of await lapsedPeople(db, cutoffs.records)) {
    const erased = await db.$transaction((tx) => eraseSubjectInTx(tx, email, now));
    await deleteFiles(storage, erased.storageKeys);
    summary.people += 1;
    for (const key of ['audits', 'inquiries', 'bookings', 'leads', 'emails', 'anonymisedEvents', 'files'] as const) {
      summary[key] += erased.summary[key] ?? 0;
    }
  }

  // Audits nobody left an address on (abandoned wizards): nothing to tie them to a person but their answers.
  const anonymous = await db.audit.findMany({
    where: { contactEmail: null, updatedAt: { lt: cutoffs.records }, createdAt: { lt: cutoffs.records } },
    select: { id: true, result: { select: { pdfReport: { select: { filePath: true } } } } },
  });
  if (anonymous.length) {
    const ids = anonymous.map((audit) => audit.id);
    await db.$executeRaw`UPDATE analytics_events SET audit_id = NULL WHERE audit_id = ANY(${ids}::uuid[])`;
    summary.anonymousAudits = (await db.audit.deleteMany({ where: { id: { in: ids } } })).count;
    const keys = anonymous.flatMap((audit) => (audit.result?.pdfReport ? [audit.result.pdfReport.filePath] : []));
    await deleteFiles(storage, keys);
    summary.files += keys.length;
  }

  summary.emails += (await db.emailMessage.deleteMany({ where: { createdAt: { lt: cutoffs.emails } } })).count;
  summary.deletedEvents = (await db.analyticsEvent.deleteMany({ where: { occurredAt: { lt: cutoffs.events } } })).count;
  summary.staffEvents = await pruneStaffEvents(db, cutoffs.staffLog);
  // Links are worthless a day after they expire; the request record keeps its state.
  summary.expiredLinks = (
    await db.oneTimeLink.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } } })
  ).count;

  await recordRequest(
    db,
    {
      kind: 'retention',
      channel: 'schedule',
      state: 'completed',
      summary: {
        ...summary,
        cutoffs: {
          records: cutoffs.records.toISOString(),
          emails: cutoffs.emails.toISOString(),
          events: cutoffs.events.toISOString(),
          staffLog: cutoffs.staffLog.toISOString(),
        },
      },
    },
    now,
  );
  log.info({ ...summary }, 'retention run complete');
  return summary;
}
