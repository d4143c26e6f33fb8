// Inputs of the outbox screens (admins read every email the site sent or kept).
import { z } from 'zod';
import { textString } from '@/lib/text';

export const OUTBOX_STATUSES = ['queued', 'sent', 'kept', 'failed'] as const;

export const outboxListInput = z.object({
  status: z.enum(OUTBOX_STATUSES).optional(),
  /** Any part of the recipient, the subject, or the lead's name, email, company or id. */
  q: textString()
    .trim()
    .max(200, 'Search with at most 200 characters')
    .optional()
    .transform((q) => q || undefined),
  page: z.number().int().min(1).max(10_000).default(1),
});
export type OutboxListInput = z.infer<typeof outboxListInput>;

export const outboxMessageInput = z.object({ id: z.uuid('Not a valid message id') });
