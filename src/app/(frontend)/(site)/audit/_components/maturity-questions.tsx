'use client';
// The maturity questions: one radio group per question, levels 0-4 described in words.
import type { WizardCatalogue } from '@/server/audit/catalogue';
import { cn } from '@/lib/cn';

export function MaturityQuestions({
  questions,
  values,
  onChange,
}: {
  questions: WizardCatalogue['questions'];
  values: Record<string, number>;
  onChange: (values: Record<string, number>) => void;
}) {
  return (
    <div className="flex flex-col gap-8">
      {questions.map((question, index) => (
        <fieldset key={question.key} className="flex flex-col gap-3">
          <legend className="mb-2 font-semibold text-ink">
            {index + 1}. {question.text}
          </legend>
          <div className="grid gap-2 sm:grid-cols-5">
            {question.levels.map((level, value) => (
              <label
                key={value}
                className={cn(
                  'flex cursor-pointer items-start gap-2 rounded-lg border p-3 text-sm transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600 sm:flex-col',
                  values[question.key] === value
                    ? 'border-brand-600 bg-brand-50 text-ink'
                    : 'border-slate-300 text-ink-muted hover:border-brand-300',
                )}
              >
                <input
                  type="radio"
                  name={question.key}
                  value={value}
                  checked={values[question.key] === value}
                  onChange={() => onChange({ ...values, [question.key]: value })}
                  className="mt-0.5 h-4 w-4 accent-brand-600"
                />
                <span>{level}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
