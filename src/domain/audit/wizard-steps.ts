// The wizard's steps, in order, and its choice limit: what its screens need to draw themselves.
// Kept apart from the schemas (src/server/audit/schema.ts) so the wizard can paint its first
// step without zod, which it loads when a visitor first touches the form. Pure.
export const WIZARD_STEPS = [
  'industry',
  'companySize',
  'painPoints',
  'currentSystems',
  'kpis',
  'maturity',
  'contact',
] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export const MAX_CHOICES = 20;
