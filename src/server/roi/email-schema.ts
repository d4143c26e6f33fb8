// Input of "email me this estimate" under the ROI calculator: the calculator's own request
// (the server recomputes the figures from it) plus where to send them and the consent.
import { z } from 'zod';
import { firstTouchFields } from '@/server/audit/schema';
import { roiCalculatorInput } from './schema';

export const ESTIMATE_CONSENT_WORDING =
  'XTeam.Pro may email me this estimate and contact me about it; I have read the privacy notice.';

export const roiEmailInput = roiCalculatorInput.extend({
  email: z.email('Enter a valid email address, e.g. name@company.com').trim().toLowerCase().max(255),
  consent: z.literal(true, 'Tick the box to agree that we may email you the estimate and contact you about it'),
  ...firstTouchFields,
});

export type RoiEmailInput = z.infer<typeof roiEmailInput>;
