// The emails of a contact inquiry: the acknowledgement to the sender, the notification to sales.
import 'server-only';
import { createElement } from 'react';
import { env } from '@/env';
import { INQUIRY_TYPES, type InquiryType } from '@/domain/contact/follow-up';
import { formatWeekdayDay as formatDay } from '@/domain/format/dates';
import { queueEmail, salesInbox } from '@/server/email';
import { ContactAcknowledgementEmail } from '@/server/email/templates/contact-acknowledgement';
import { ContactNotificationEmail } from '@/server/email/templates/contact-notification';

export interface InquiryForEmail {
  id: string;
  name: string;
  email: string;
  company: string | null;
  message: string;
  inquiryType: InquiryType;
}

export async function queueInquiryEmails(inquiry: InquiryForEmail, respondBy: Date, timeZone: string) {
  const rule = INQUIRY_TYPES[inquiry.inquiryType];
  const day = formatDay(respondBy, timeZone);
  const lead = { inquiryId: inquiry.id };
  await queueEmail({
    kind: 'contact_ack',
    to: inquiry.email,
    subject: 'We have your message – XTeam.Pro',
    body: createElement(ContactAcknowledgementEmail, {
      name: inquiry.name,
      inquiryLabel: rule.label,
      message: inquiry.message,
      nextStep: rule.actionType === 'call' ? 'a call' : rule.actionType === 'send_proposal' ? 'a proposal' : 'a reply',
      respondBy: day,
      consultationUrl: new URL('/consultation', env.SITE_URL).toString(),
    }),
    lead,
    dedupeKey: `contact_ack:${inquiry.id}`,
  });
  await queueEmail({
    kind: 'contact_notification',
    to: salesInbox(),
    subject: `New inquiry: ${inquiry.name}${inquiry.company ? ` (${inquiry.company})` : ''} – ${rule.label}`,
    body: createElement(ContactNotificationEmail, {
      name: inquiry.name,
      email: inquiry.email,
      company: inquiry.company,
      inquiryLabel: rule.label,
      message: inquiry.message,
      nextAction:
        rule.actionType === 'call' ? 'Call' : rule.actionType === 'send_proposal' ? 'Send a proposal' : 'Reply',
      dueBy: day,
    }),
    lead,
    dedupeKey: `contact_notification:${inquiry.id}`,
  });
}
