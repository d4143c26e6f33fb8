// The wizard's answers in the browser, and how they map to the server's step inputs.
import { MAX_CHOICES, type WizardStep } from '@/domain/audit/wizard-steps';

export interface WizardAnswers {
  industry: string;
  companySize: string;
  painPoints: string[];
  /** Hours a week per pain point (as in `painPoints`); a skipped one is absent. */
  timeSpent: Record<string, number>;
  currentSystems: string[];
  kpis: string[];
  maturity: Record<string, number>;
  contactInfo: { email: string; phone: string; company: string };
  consentContact: boolean;
  consentPrivacy: boolean;
}

export const emptyAnswers: WizardAnswers = {
  industry: '',
  companySize: '',
  painPoints: [],
  timeSpent: {},
  currentSystems: [],
  kpis: [],
  maturity: {},
  contactInfo: { email: '', phone: '', company: '' },
  consentContact: false,
  consentPrivacy: false,
};

export const STEP_TITLES: Record<WizardStep, string> = {
  industry: 'Your industry',
  companySize: 'Company size',
  painPoints: 'Pain points',
  currentSystems: 'Current systems',
  kpis: 'KPIs',
  maturity: 'Maturity',
  contact: 'Your results',
};

/** The payload of one step, as the step schemas expect it. */
export function stepData(step: WizardStep, answers: WizardAnswers): unknown {
  switch (step) {
    case 'contact': {
      const { email, phone, company } = answers.contactInfo;
      return {
        contactInfo: { email, phone: phone.trim() || undefined, company: company.trim() || undefined },
        consentContact: answers.consentContact,
        consentPrivacy: answers.consentPrivacy,
      };
    }
    case 'maturity':
      return { maturity: answers.maturity };
    case 'painPoints':
      return { painPoints: answers.painPoints, timeSpent: hoursOfChosen(answers) };
    default:
      return { [step]: answers[step] };
  }
}

const OWN_WORDS_STEPS = ['painPoints', 'currentSystems', 'kpis'] as const;

/**
 * The answers with the words still in a step's own-words box added, as if Add had been
 * pressed: a visitor who types and presses Next means them.
 */
export function withPendingOwnWords(step: WizardStep, answers: WizardAnswers, pending: string): WizardAnswers {
  const text = pending.trim();
  const key = OWN_WORDS_STEPS.find((s) => s === step);
  if (!key || !text) return answers;
  const values = answers[key];
  if (values.length >= MAX_CHOICES || values.some((v) => v.toLowerCase() === text.toLowerCase())) return answers;
  return { ...answers, [key]: [...values, text] };
}

/** The hours given for pain points still chosen (one removed after answering drops its hours). */
function hoursOfChosen(answers: WizardAnswers): Record<string, number> {
  return Object.fromEntries(Object.entries(answers.timeSpent).filter(([key]) => answers.painPoints.includes(key)));
}
