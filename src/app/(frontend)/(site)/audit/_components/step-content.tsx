'use client';
// The body of each wizard step.
import type { WizardCatalogue } from '@/server/audit/catalogue';
import type { WizardStep } from '@/domain/audit/wizard-steps';
import { ContactStep } from './contact-step';
import { MaturityQuestions } from './maturity-questions';
import { MultiChoice } from './multi-choice';
import { PainPointHours } from './pain-point-hours';
import { SingleChoice } from './single-choice';
import type { WizardAnswers } from './wizard-state';

export const STEP_COPY: Record<WizardStep, { title: string; hint: string }> = {
  industry: { title: 'Which industry is your company in?', hint: 'We compare your results with companies like yours.' },
  companySize: {
    title: 'How many people work in your company?',
    hint: 'It sets the cost assumptions of your ROI forecast.',
  },
  painPoints: {
    title: 'What slows your teams down?',
    hint: 'Pick everything that applies, or describe it in your own words.',
  },
  currentSystems: {
    title: 'Which systems do you use today?',
    hint: 'Automation works best on top of what you already run.',
  },
  kpis: {
    title: 'Which KPIs matter most to you?',
    hint: 'We tie every recommendation to the numbers you are judged on.',
  },
  maturity: { title: 'How do you work today?', hint: 'Answer what you can; skip any question you are unsure about.' },
  contact: {
    title: 'Where should we send your results?',
    hint: 'You will see your results right away; we also email you the report.',
  },
};

export function StepContent({
  step,
  catalogue,
  answers,
  errors,
  onChange,
}: {
  step: WizardStep;
  catalogue: WizardCatalogue;
  answers: WizardAnswers;
  errors: Record<string, string>;
  onChange: (patch: Partial<WizardAnswers>) => void;
}) {
  switch (step) {
    case 'industry':
      return (
        <SingleChoice
          legend={STEP_COPY.industry.title}
          options={catalogue.industries.filter((i) => i.slug !== 'other')}
          value={answers.industry}
          onChange={(industry) => onChange({ industry })}
          otherLabel="Another industry"
        />
      );
    case 'companySize':
      return (
        <SingleChoice
          legend={STEP_COPY.companySize.title}
          options={catalogue.companySizes}
          value={answers.companySize}
          onChange={(companySize) => onChange({ companySize })}
        />
      );
    case 'painPoints':
      return (
        <>
          <MultiChoice
            legend="Pain points"
            options={catalogue.painPoints}
            values={answers.painPoints}
            onChange={(painPoints) => onChange({ painPoints })}
            ownWordsLabel="Something else slowing you down?"
          />
          <PainPointHours
            options={catalogue.painPoints}
            painPoints={answers.painPoints}
            values={answers.timeSpent}
            onChange={(timeSpent) => onChange({ timeSpent })}
          />
        </>
      );
    case 'currentSystems':
      return (
        <MultiChoice
          legend="Systems"
          options={catalogue.systems}
          values={answers.currentSystems}
          onChange={(currentSystems) => onChange({ currentSystems })}
          ownWordsLabel="Another system or tool"
        />
      );
    case 'kpis':
      return (
        <MultiChoice
          legend="KPIs"
          options={catalogue.kpis}
          values={answers.kpis}
          onChange={(kpis) => onChange({ kpis })}
          ownWordsLabel="Another KPI"
        />
      );
    case 'maturity':
      return (
        <MaturityQuestions
          questions={catalogue.questions}
          values={answers.maturity}
          onChange={(maturity) => onChange({ maturity })}
        />
      );
    case 'contact':
      return <ContactStep answers={answers} errors={errors} onChange={onChange} />;
  }
}
