// The wizard's answers in the browser, and how they map to the server's step inputs.
import type { WizardStep } from '@/server/audit/schema';

export interface WizardAnswers {
  industry: string;
  companySize: string;
  painPoints: string[];
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
    default:
      return { [step]: answers[step] };
  }
}
