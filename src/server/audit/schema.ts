// Inputs of the audit flows, shared by the wizard (per-step validation), tRPC and the seed's
// REST contract. Integrators send their own words; the server maps them to the catalogues.
import { z } from 'zod';
import { MAX_CHOICES, WIZARD_STEPS, type WizardStep } from '@/domain/audit/wizard-steps';
import { textString } from '@/lib/text';

export { MAX_CHOICES, WIZARD_STEPS, type WizardStep };
/** Messages say what to do: the wizard shows them as they are. */
const text = (max: number, whenEmpty = 'Fill this in or leave it out') =>
  textString().trim().min(1, whenEmpty).max(max, `Use at most ${max} characters`);
const choices = (what: string) =>
  z
    .array(text(200, `Describe the ${what} in a few words`))
    .min(1, `Choose at least one ${what}, or describe one in your own words and press Add`)
    .max(MAX_CHOICES, `Choose at most ${MAX_CHOICES}: remove one to add another`);
const INDUSTRY_MISSING = 'Choose your industry or describe it in your own words';
const SIZE_MISSING = 'Choose how many people work in your company';

export const phoneSchema = textString()
  .trim()
  .max(30)
  .regex(/^\+?[0-9 ().-]{6,30}$/, 'Enter a phone number with digits, spaces and an optional leading +')
  .refine((value) => value.replace(/\D/g, '').length >= 6, 'Enter a phone number with at least 6 digits');

export const contactInfoSchema = z.object({
  email: z.email('Enter a valid email address').trim().toLowerCase().max(255),
  phone: phoneSchema.optional(),
  company: text(200, 'Enter your company name or leave the field empty').optional(),
});

export const maturitySchema = z.record(
  textString().regex(/^[a-z0-9-]{1,80}$/, 'Unknown question'),
  z.number().int().min(0, 'Levels go from 0 to 4').max(4, 'Levels go from 0 to 4'),
);

export const utmSchema = z
  .object({
    source: text(200),
    medium: text(200),
    campaign: text(200),
    term: text(200),
    content: text(200),
  })
  .partial();

/** First-touch attribution a form may send (src/lib/first-touch.ts), capped like the audit's. */
export const firstTouchFields = {
  utm: utmSchema.optional(),
  referrer: textString().max(2000).optional(),
};

/** Hours a week each pain point costs, keyed by the pain point as written (as the calculator's). */
export const timeSpentSchema = z
  .record(
    text(200),
    z.number('Give hours per week as a number').min(0, 'Hours cannot be negative').max(10_000, 'At most 10,000 hours'),
  )
  .refine((hours) => Object.keys(hours).length <= MAX_CHOICES, `At most ${MAX_CHOICES} items`);

/** The wizard's steps, in order; each validates exactly what its screen asks. */
export const stepSchemas = {
  industry: z.object({ industry: text(100, INDUSTRY_MISSING) }),
  companySize: z.object({ companySize: text(50, SIZE_MISSING) }),
  painPoints: z.object({ painPoints: choices('pain point'), timeSpent: timeSpentSchema.optional() }),
  currentSystems: z.object({ currentSystems: choices('system') }),
  kpis: z.object({ kpis: choices('KPI') }),
  maturity: z.object({ maturity: maturitySchema }),
  contact: z.object({
    contactInfo: contactInfoSchema,
    consentContact: z.literal(true, 'Please agree to be contacted about your results'),
    consentPrivacy: z.literal(true, 'Please accept the privacy notice'),
  }),
} as const satisfies Record<WizardStep, z.ZodObject>;

export const saveStepInput = z.discriminatedUnion('step', [
  z.object({
    step: z.literal('industry'),
    data: stepSchemas.industry,
    draftId: z.uuid().optional(),
    utm: utmSchema.optional(),
    referrer: textString().max(2000).optional(),
  }),
  z.object({ step: z.literal('companySize'), data: stepSchemas.companySize, draftId: z.uuid() }),
  z.object({ step: z.literal('painPoints'), data: stepSchemas.painPoints, draftId: z.uuid() }),
  z.object({ step: z.literal('currentSystems'), data: stepSchemas.currentSystems, draftId: z.uuid() }),
  z.object({ step: z.literal('kpis'), data: stepSchemas.kpis, draftId: z.uuid() }),
  z.object({ step: z.literal('maturity'), data: stepSchemas.maturity, draftId: z.uuid() }),
]);
export type SaveStepInput = z.infer<typeof saveStepInput>;

/** The seed's POST /api/audit/submit body (section 4.1); `maturity` is an optional extension. */
export const auditSubmitRequest = z.object({
  industry: text(100, INDUSTRY_MISSING),
  companySize: z.union([text(50, SIZE_MISSING), z.number().int().positive()], {
    error: 'Use a range such as 100-500, or a head-count',
  }),
  painPoints: choices('pain point'),
  currentSystems: choices('system'),
  kpis: choices('KPI'),
  contactInfo: contactInfoSchema,
  maturity: maturitySchema.optional(),
  /** Hours a week each pain point costs, keyed by the pain point as written (as the calculator's). */
  timeSpent: timeSpentSchema.optional(),
});
export type AuditSubmitRequest = z.infer<typeof auditSubmitRequest>;

/** The wizard's final submit: the draft plus the contact step. */
export const wizardSubmitInput = z.object({ draftId: z.uuid() }).extend(stepSchemas.contact.shape);
export type WizardSubmitInput = z.infer<typeof wizardSubmitInput>;

export const auditIdInput = z.object({ id: z.uuid('Not a valid audit id') });
