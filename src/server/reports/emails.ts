// The emails of a completed audit: the report to its taker (once the PDF exists) and a new-lead
// notification to sales. Each is queued at most once per audit (dedupe keys).
import 'server-only';
import type PgBoss from 'pg-boss';
import { roiVerdict } from '@/domain/roi/verdict';
import { createElement } from 'react';
import type { Choice } from '@/domain/audit/answers';
import type { Recommendation } from '@/domain/audit/recommendation';
import { formatMoney, formatMonths } from '@/domain/format';
import type { RoiForecast } from '@/domain/roi/forecast';
import { bookingUrl, resultsUrl } from '@/server/audit/urls';
import type { Db } from '@/server/db/client';
import { queueEmail, salesInbox } from '@/server/email';
import { AuditReportEmail } from '@/server/email/templates/audit-report';
import { LeadNotificationEmail } from '@/server/email/templates/lead-notification';
import { reportFileName } from './file-name';

async function completedAudit(db: Db, auditId: string) {
  const audit = await db.audit.findUnique({ where: { id: auditId }, include: { result: true } });
  if (!audit?.result || !audit.contactEmail) return null;
  const contact = audit.contactInfo as { company?: string; phone?: string };
  const roi = audit.result.roiForecast as unknown as RoiForecast;
  return { audit, result: audit.result, contact, roi };
}

export async function queueReportEmail(db: Db, auditId: string, storageKey: string, producer?: PgBoss) {
  const found = await completedAudit(db, auditId);
  if (!found) return null;
  const { audit, result, contact, roi } = found;
  const recommendations = result.recommendations as unknown as Recommendation[];
  return queueEmail(
    {
      kind: 'audit_report',
      to: audit.contactEmail!,
      subject: `Your AI process audit: ${result.maturityScore}/100 (${result.tier})`,
      body: createElement(AuditReportEmail, {
        company: contact.company ?? null,
        score: result.maturityScore,
        tier: result.tier,
        resultsUrl: resultsUrl(auditId),
        bookingUrl: bookingUrl(auditId),
        topRecommendations: recommendations.slice(0, 3).map((r) => r.title),
        annualSavings: `${formatMoney(roi.annualSavings.conservative, roi.currency)}–${formatMoney(roi.annualSavings.expected, roi.currency)}`,
        roiVerdict: roiVerdict(roi).statement,
      }),
      attachments: [
        {
          filename: reportFileName(contact.company ?? null, audit.submittedAt ?? result.generatedAt),
          contentType: 'application/pdf',
          storageKey,
        },
      ],
      lead: { auditId },
      dedupeKey: `audit-report:${auditId}`,
    },
    { db, producer },
  );
}

export async function queueLeadNotification(db: Db, auditId: string) {
  const found = await completedAudit(db, auditId);
  if (!found) return null;
  const { audit, result, contact, roi } = found;
  return queueEmail(
    {
      kind: 'lead_notification',
      to: salesInbox(),
      subject: `New audit lead: ${contact.company ?? audit.contactEmail} (${result.maturityScore}/100)`,
      body: createElement(LeadNotificationEmail, {
        company: contact.company ?? null,
        email: audit.contactEmail!,
        phone: contact.phone ?? null,
        industry: audit.industryText ?? audit.industry,
        companySize: audit.companySize,
        score: result.maturityScore,
        tier: result.tier,
        annualSavings: formatMoney(roi.annualSavings.expected, roi.currency),
        paybackMonths: formatMonths(roi.paybackMonths.expected),
        painPoints: (audit.painPoints as Choice[]).map((c) => c.text),
        resultsUrl: resultsUrl(auditId),
      }),
      lead: { auditId },
      dedupeKey: `lead-notification:${auditId}`,
    },
    { db },
  );
}
