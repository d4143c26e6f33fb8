// The erasure receipt: queued to the address whose data is gone (kind privacy_receipt, which
// the outbox strips once delivered).
import 'server-only';
import { createElement } from 'react';
import type { Db } from '@/server/db/client';
import { queueEmail } from '@/server/email';
import { PrivacyReceiptEmail } from '@/server/email/templates/privacy-receipt';
import type { ErasureSummary } from './erase';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function receiptLines(summary: ErasureSummary): string[] {
  const lines: string[] = [];
  if (summary.audits) lines.push(`${plural(summary.audits, 'audit')} with answers, results and reports`);
  if (summary.inquiries) lines.push(plural(summary.inquiries, 'contact message'));
  if (summary.bookings) lines.push(plural(summary.bookings, 'consultation booking'));
  if (summary.leads) lines.push(`${plural(summary.leads, 'sales record')} with our team's notes and follow-ups`);
  if (summary.emails) lines.push(`${plural(summary.emails, 'email')} we had sent to you or about you`);
  if (summary.anonymisedEvents)
    lines.push(`${plural(summary.anonymisedEvents, 'website statistic')} made anonymous (no link to you left)`);
  return lines;
}

export async function queueErasureReceipt(db: Db, email: string, summary: ErasureSummary, now = new Date()) {
  await queueEmail(
    {
      kind: 'privacy_receipt',
      to: email,
      subject: 'Your data has been erased – XTeam.Pro',
      body: createElement(PrivacyReceiptEmail, {
        removed: receiptLines(summary),
        cancelledConsultations: summary.cancelledBookings,
        when: now.toISOString().slice(0, 16).replace('T', ' '),
      }),
    },
    { db },
  );
}
