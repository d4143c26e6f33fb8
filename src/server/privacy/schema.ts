// Inputs of the data-rights flows, shared by the "Your data" pages, tRPC and the REST routes.
import { z } from 'zod';

export const PRIVACY_ACTIONS = ['export', 'erase'] as const;
export type PrivacyAction = (typeof PRIVACY_ACTIONS)[number];

export const requestLinkInput = z.object({
  email: z.email('Enter a valid email address').trim().toLowerCase().max(320, 'At most 320 characters'),
  action: z.enum(PRIVACY_ACTIONS, 'Choose whether you want a copy or an erasure'),
});

export const privacyToken = z
  .string('This link is not valid. Please use the link from your email.')
  .regex(/^[A-Za-z0-9_-]{43}$/, 'This link is not valid. Please use the link from your email.');

export const tokenInput = z.object({ token: privacyToken });

export const leadPrivacyInput = z.object({ leadId: z.uuid('Unknown lead') });

export const eraseLeadInput = leadPrivacyInput.extend({
  /** The staff member types the person's email address to confirm an erasure. */
  confirmEmail: z.email('Type the email address to confirm').trim().toLowerCase(),
});

export const requestListInput = z.object({
  cursor: z.iso.datetime().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
