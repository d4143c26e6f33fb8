// Progress through the wizard: a bar and "Step n of 7 · title", announced to screen readers.
import { WIZARD_STEPS, type WizardStep } from '@/domain/audit/wizard-steps';
import { STEP_TITLES } from './wizard-state';

export function WizardProgress({ step }: { step: WizardStep }) {
  const index = WIZARD_STEPS.indexOf(step);
  const percent = Math.round(((index + 1) / WIZARD_STEPS.length) * 100);
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm font-medium text-ink-muted">
        Step {index + 1} of {WIZARD_STEPS.length} · <span className="text-ink">{STEP_TITLES[step]}</span>
      </p>
      <div
        role="progressbar"
        aria-label="Audit progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className="h-full rounded-full bg-brand-600 transition-[width] duration-300"
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  );
}
