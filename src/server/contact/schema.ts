// Input of the contact form: the seed's contract (name, email, company, message, inquiryType)
// plus the spam defences of the site's form (a honeypot field and a signed form token).
import { z } from 'zod';
import { textString } from '@/lib/text';
import { firstTouchFields } from '@/server/audit/schema';
import { INQUIRY_TYPE_KEYS, INQUIRY_TYPES, type InquiryType } from '@/domain/contact/follow-up';
import { resolveInquiryType } from '@/domain/contact/inquiry-type';

/** Any words up to 50 characters (the column's size): mapped to a type, the words kept. */
const inquiryType = textString('Say what your message is about')
  .trim()
  .min(1, 'Say what your message is about')
  .max(50, 'At most 50 characters')
  .transform(resolveInquiryType);

export const contactFields = z.object({
  name: textString('Enter your name').trim().min(1, 'Enter your name').max(255, 'At most 255 characters'),
  email: z.email('Enter a valid email address').trim().toLowerCase().max(255, 'At most 255 characters'),
  company: textString()
    .trim()
    .max(255, 'At most 255 characters')
    .nullish()
    .transform((value) => value || null),
  message: textString('Tell us a little about what you need')
    .trim()
    .min(10, 'Please write at least 10 characters')
    .max(5000, 'At most 5,000 characters'),
  inquiryType,
  ...firstTouchFields,
});

/** Bots fill every field; people never see this one. */
export const HONEYPOT_FIELD = 'website';

export const contactSubmitRequest = contactFields.extend({
  [HONEYPOT_FIELD]: textString().max(500).optional(),
  formToken: textString().max(200).optional(),
});

/** The site's own form always carries the token it was rendered with. */
export const contactFormInput = contactSubmitRequest.extend({ formToken: textString().min(1).max(200) });

export type ContactSubmitRequest = z.infer<typeof contactSubmitRequest>;

export const inquiryTypeOptions = INQUIRY_TYPE_KEYS.map((value: InquiryType) => ({
  value,
  label: INQUIRY_TYPES[value].label,
}));
