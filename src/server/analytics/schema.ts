// Analytics contracts shared by the browser and the server: the events a browser may send to
// POST /api/events, and the dashboard's date-range input.
import { z } from 'zod';
import { textString } from '@/lib/text';
import { MAX_RANGE_DAYS, periodOf } from '@/domain/analytics/range';

/** Every event name the table accepts (CHECK constraint on analytics_events.name). */
export const EVENT_NAMES = [
  'page_view',
  'audit_started',
  'audit_step',
  'audit_submitted',
  'results_viewed',
  'pdf_downloaded',
  'contact_sent',
  'consultation_booked',
  'cta_click',
  /** The proxy served an experiment's variant (label: <experiment id>.<variant key>). */
  'experiment_exposure',
] as const;
export type EventName = (typeof EVENT_NAMES)[number];

/** What only a browser can see; the rest is recorded by the server where it happens. */
export const CLIENT_EVENT_NAMES = ['page_view', 'cta_click', 'results_viewed'] as const;

const short = (max: number) => textString().trim().min(1).max(max);
const firstTouch = {
  utm: z
    .object({ source: short(200), medium: short(200), campaign: short(200), term: short(200), content: short(200) })
    .partial()
    .optional(),
  referrer: textString().max(2000).optional(),
};
// A site path only (no origin, no query string: queries can carry personal data).
const path = textString()
  .max(500)
  .regex(/^\/[^?#\s]*$/, 'A path on this site, without a query string');

export const clientEventInput = z.discriminatedUnion('name', [
  z.object({ name: z.literal('page_view'), path, ...firstTouch }).strict(),
  z
    .object({
      name: z.literal('cta_click'),
      path,
      label: textString().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'A CTA label such as book-consultation'),
      ...firstTouch,
    })
    .strict(),
  z.object({ name: z.literal('results_viewed'), path, auditId: z.uuid(), ...firstTouch }).strict(),
]);
export type ClientEventInput = z.infer<typeof clientEventInput>;

const day = z.iso.date('Use a date as YYYY-MM-DD');

/** The dashboard's range: whole UTC days, both ends included, at most 366 days. */
export const dashboardRangeInput = z
  .object({ from: day, to: day })
  .refine((range) => range.from <= range.to, { message: 'The start must not be after the end', path: ['from'] })
  .refine((range) => periodOf(range).days <= MAX_RANGE_DAYS, {
    message: `Choose at most ${MAX_RANGE_DAYS} days`,
    path: ['from'],
  });
export type DashboardRangeInput = z.infer<typeof dashboardRangeInput>;
