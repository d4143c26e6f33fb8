// The vocabulary of A/B experiments, shared by the CMS collection, the proxy and the admin page.
export const SURFACES = ['home-hero', 'audit-cta', 'booking-prompt'] as const;
export type Surface = (typeof SURFACES)[number];

export const SURFACE_LABELS: Record<Surface, string> = {
  'home-hero': 'Home hero',
  'audit-cta': 'Audit call to action (home, closing section)',
  'booking-prompt': 'Results page: booking prompt',
};

/** Conversions, each an analytics event the flows already record. */
export const GOALS = ['audit_started', 'audit_submitted', 'consultation_booked'] as const;
export type Goal = (typeof GOALS)[number];

export const GOAL_LABELS: Record<Goal, string> = {
  audit_started: 'Audit started',
  audit_submitted: 'Audit completed',
  consultation_booked: 'Consultation booked',
};

export const STATUSES = ['draft', 'running', 'stopped'] as const;
export type ExperimentStatus = (typeof STATUSES)[number];

/** Everyone on the surface, or only visitors who open the experiment's test link (?xp=<id>). */
export const AUDIENCES = ['everyone', 'test-link'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface VariantContent {
  headline: string;
  subheadline: string | null;
  ctaLabel: string;
}

export interface Variant extends VariantContent {
  key: string;
  label: string;
  weight: number;
}

export interface Experiment {
  id: string;
  name: string;
  surface: Surface;
  status: ExperimentStatus;
  audience: Audience;
  goal: Goal;
  startAt: Date | null;
  stopAt: Date | null;
  /** The variant served to everyone once the experiment is stopped (null: the page's default). */
  chosenVariant: string | null;
  /** The first variant is the control. */
  variants: Variant[];
  updatedAt: Date;
}

/** The query parameter that names a test-link experiment, and the one the proxy rewrites into. */
export const TEST_LINK_PARAM = 'xp';
export const VARIANT_PARAM = 'xv';
