// The wizard's steps as stored in audit_responses: number and question of each.
import type { WizardStep } from './schema';

export const STEP_NUMBERS: Record<WizardStep, number> = {
  industry: 1,
  companySize: 2,
  painPoints: 3,
  currentSystems: 4,
  kpis: 5,
  maturity: 6,
  contact: 7,
};

export const STEP_QUESTIONS: Record<Exclude<WizardStep, 'maturity'>, string> = {
  industry: 'Which industry is your company in?',
  companySize: 'How many people work in your company?',
  painPoints: 'What slows your teams down?',
  currentSystems: 'Which systems do you use today?',
  kpis: 'Which KPIs matter most to you?',
  contact: 'Where should we send your results?',
};

/** Asked beside the pain points: roughly how many hours a week each costs (skippable). */
export const HOURS_QUESTION = 'Roughly how many hours a week does each pain point cost?';
