// Contact inquiries: spam defences (honeypot, form timing, rate limits), the inquiry and its
// follow-up for sales in one transaction, then the acknowledgement and the sales notification.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { planInquiryFollowUp } from '@/domain/contact/follow-up';
import { currentAvailability } from '@/server/booking/availability-source';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { inquiryLeadFields } from '@/server/leads/record';
import type { FlowContext } from '@/server/http/request-context';
import { consume } from '@/server/rate-limit/limiters';
import { track } from '@/server/analytics/track';
import { announceInquiry } from '@/server/webhooks/announce';
import { queueInquiryEmails } from './emails';
import { checkFormToken } from './form-token';
import { HONEYPOT_FIELD, type ContactSubmitRequest } from './schema';

export type ContactContext = FlowContext;

export interface SubmittedInquiry {
  inquiryId: string;
  status: 'new';
  inquiryType: string;
  receivedAt: string;
  /** When sales will have acted on it at the latest (start of that working day). */
  respondBy: string;
}

const TOKEN_MESSAGES = {
  invalid: 'This form has expired. Please reload the page and send your message again.',
  expired: 'This form has expired. Please reload the page and send your message again.',
  'too-fast': 'That was quick! Please check your message and send it again.',
} as const;

export async function submitInquiry(
  db: Db,
  input: ContactSubmitRequest,
  ctx: ContactContext,
  now = new Date(),
): Promise<SubmittedInquiry> {
  const availability = await currentAvailability();
  const { type: inquiryType, text: inquiryTypeText } = input.inquiryType;
  const plan = planInquiryFollowUp(inquiryType, now, availability, input);
  const answer = (inquiryId: string): SubmittedInquiry => ({
    inquiryId,
    status: 'new',
    inquiryType,
    receivedAt: now.toISOString(),
    respondBy: plan.scheduledAt.toISOString(),
  });

  if (input[HONEYPOT_FIELD]) {
    // Answer a bot as if it succeeded, so it learns nothing; store and send nothing.
    ctx.log.info({ reason: 'honeypot' }, 'contact spam dropped');
    return answer(randomUUID());
  }
  if (input.formToken !== undefined) {
    const verdict = checkFormToken(input.formToken, now.getTime());
    if (verdict !== 'ok') {
      ctx.log.info({ reason: verdict }, 'contact form token refused');
      throw new AppError('VALIDATION_ERROR', TOKEN_MESSAGES[verdict], { field: 'formToken', reason: verdict });
    }
  }
  await consume('contactPerIp', ctx.clientIp);
  await consume('contactPerEmail', input.email);

  const record = {
    name: input.name,
    email: input.email,
    company: input.company,
    inquiryType,
    utm: input.utm ?? {},
    referrer: input.referrer ?? null,
    createdAt: now,
  };
  const inquiry = await db.contactInquiry.create({
    data: {
      ...record,
      message: input.message,
      inquiryTypeText,
      status: 'new',
      followUps: { create: { actionType: plan.actionType, scheduledAt: plan.scheduledAt, notes: plan.notes } },
      // Sales' lead, in the same (nested) write.
      lead: { create: { kind: 'inquiry', ...inquiryLeadFields(record) } },
    },
  });
  ctx.log.info({ inquiryId: inquiry.id, inquiryType }, 'contact inquiry received');
  await announceInquiry(db, inquiry.id, inquiryType);
  try {
    await queueInquiryEmails({ ...inquiry, inquiryType }, plan.scheduledAt, availability.timeZone);
  } catch (error) {
    // The inquiry and its follow-up are stored: sales sees it even if the emails could not be queued.
    ctx.log.error({ err: error, inquiryId: inquiry.id }, 'contact emails could not be queued');
  }
  track({ db, headers: ctx.headers, log: ctx.log }, 'contact_sent', { path: '/contact' });
  return answer(inquiry.id);
}
