// Inputs of the integrations admin (keys and webhook endpoints), shared by the page and tRPC.
import { z } from 'zod';
import { textString } from '@/lib/text';
import { scopesSchema } from './scopes';
import { WEBHOOK_EVENTS } from './events';

const name = textString().trim().min(1, 'Give the key a name').max(100, 'At most 100 characters');

export const createKeyInput = z.object({ name, scopes: scopesSchema });
export const keyIdInput = z.object({ id: z.uuid('Unknown key') });

export const webhookUrl = z
  .url({ protocol: /^https?$/, error: 'Enter an http(s) URL' })
  .max(2000, 'At most 2,000 characters');

export const createEndpointInput = z.object({
  url: webhookUrl,
  description: textString().trim().max(200, 'At most 200 characters').optional(),
  events: z
    .array(z.enum(WEBHOOK_EVENTS, 'Unknown event'))
    .min(1, 'Choose at least one event')
    .transform((events) => [...new Set(events)]),
});
export const endpointIdInput = z.object({ id: z.uuid('Unknown endpoint') });
export const setEndpointActiveInput = endpointIdInput.extend({ active: z.boolean() });
export const deliveryIdInput = z.object({ id: z.uuid('Unknown delivery') });
export const deliveriesInput = z.object({
  endpointId: z.uuid('Unknown endpoint').optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
