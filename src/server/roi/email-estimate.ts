// "Email me this estimate": the server recomputes the calculator's figures from the inputs (it
// never takes figures from the browser), records the request with its consent as a pricing
// inquiry (sales' lead and follow-up in the same write), and queues the estimate to the visitor
// and a notification to sales through the outbox. Rate limited like the contact form.
import 'server-only';
import { createElement } from 'react';
import { env } from '@/env';
import { INQUIRY_TYPES, planInquiryFollowUp } from '@/domain/contact/follow-up';
import type { CalculatorResult } from '@/domain/roi/calculator';
import { currentAvailability } from '@/server/booking/availability-source';
import { formatWeekdayDay as formatDay } from '@/domain/format';
import type { Db } from '@/server/db/client';
import { queueEmail, salesInbox } from '@/server/email';
import { ContactNotificationEmail } from '@/server/email/templates/contact-notification';
import { RoiEstimateEmail } from '@/server/email/templates/roi-estimate';
import type { FlowContext } from '@/server/http/request-context';
import { inquiryLeadFields } from '@/server/leads/record';
import { consume } from '@/server/rate-limit/limiters';
import { announceInquiry } from '@/server/webhooks/announce';
import { ESTIMATE_CONSENT_WORDING, type RoiEmailInput } from './email-schema';
import { estimateFigures } from './estimate-figures';
import { calculateForRequest } from './service';

export interface EmailedEstimate {
  inquiryId: string;
  email: string;
  /** The figures as sent (the same as the page's). */
  figures: ReturnType<typeof estimateFigures>;
}

/** The pricing page with the same inputs (catalogue processes by slug, the visitor's own by name). */
export function calculatorUrl(employees: number, result: CalculatorResult): string {
  const params = new URLSearchParams({ employees: String(employees) });
  for (const p of result.processes) {
    const key = p.matched && p.matched.label === p.name ? p.matched.slug : p.name;
    params.append('p', `${key}:${p.weeklyHours}`);
  }
  return new URL(`/pricing?${params.toString()}#calculator`, env.SITE_URL).toString();
}

function summary(input: RoiEmailInput, result: CalculatorResult, figures: EmailedEstimate['figures']): string {
  return [
    `Sent themselves the ROI calculator's estimate for ${input.employees.toLocaleString('en-US')} employees (${result.companySize}).`,
    `Processes: ${result.processes.map((p) => `${p.name} (${p.weeklyHours} h a week)`).join('; ')}.`,
    ...figures.map((f) => `${f.label}: ${f.value} (${f.range}).`),
  ].join('\n');
}

export async function emailEstimate(
  db: Db,
  input: RoiEmailInput,
  ctx: FlowContext,
  now = new Date(),
): Promise<EmailedEstimate> {
  // Invalid inputs are refused before they cost the visitor any of the budget.
  const result = await calculateForRequest(db, input);
  await consume('contactPerIp', ctx.clientIp);
  await consume('contactPerEmail', input.email);

  const figures = estimateFigures(result);
  const availability = await currentAvailability();
  const plan = planInquiryFollowUp('pricing', now, availability, { name: input.email });
  const record = {
    name: input.email,
    email: input.email,
    company: null,
    inquiryType: 'pricing',
    utm: input.utm ?? {},
    referrer: input.referrer ?? null,
    createdAt: now,
  };
  const message = summary(input, result, figures);
  const inquiry = await db.contactInquiry.create({
    data: {
      ...record,
      message,
      inquiryTypeText: 'ROI calculator',
      status: 'new',
      consent: { contact: true, privacy: true, at: now.toISOString(), wording: ESTIMATE_CONSENT_WORDING },
      followUps: { create: { actionType: plan.actionType, scheduledAt: plan.scheduledAt, notes: plan.notes } },
      lead: {
        create: {
          kind: 'inquiry',
          ...inquiryLeadFields(record),
          companySize: result.companySize,
          roiAnnualValue: Math.round(result.potentialSavings),
        },
      },
    },
  });
  ctx.log.info({ inquiryId: inquiry.id }, 'ROI estimate emailed on request');
  await announceInquiry(db, inquiry.id, 'pricing');

  const lead = { inquiryId: inquiry.id };
  const consultationUrl = new URL('/consultation', env.SITE_URL).toString();
  await queueEmail({
    kind: 'roi_estimate',
    to: input.email,
    subject: `Your automation ROI estimate: ${figures[0]?.value ?? ''} a year – XTeam.Pro`,
    body: createElement(RoiEstimateEmail, {
      figures,
      employees: input.employees,
      processes: result.processes,
      calculatorUrl: calculatorUrl(input.employees, result),
      consultationUrl,
    }),
    lead,
    dedupeKey: `roi_estimate:${inquiry.id}`,
  });
  try {
    const rule = INQUIRY_TYPES.pricing;
    await queueEmail({
      kind: 'contact_notification',
      to: salesInbox(),
      subject: `New ROI calculator lead: ${input.email}`,
      body: createElement(ContactNotificationEmail, {
        name: input.email,
        email: input.email,
        company: null,
        inquiryLabel: `${rule.label} (ROI calculator)`,
        message,
        nextAction: 'Send a proposal',
        dueBy: formatDay(plan.scheduledAt, availability.timeZone),
      }),
      lead,
      dedupeKey: `contact_notification:${inquiry.id}`,
    });
  } catch (error) {
    // The visitor's email is queued and the lead stored: sales sees it on the leads page anyway.
    ctx.log.error({ err: error, inquiryId: inquiry.id }, 'ROI lead notification could not be queued');
  }
  return { inquiryId: inquiry.id, email: input.email, figures };
}
