'use client';
// The AI process audit wizard: seven short steps, each validated with the server's schema
// and saved to the server-side draft, then submitted for scoring.
import Link from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { Button } from '@/components/ui/button';
import type { WizardCatalogue } from '@/server/audit/catalogue';
import { WIZARD_STEPS, type WizardStep } from '@/domain/audit/wizard-steps';
import { api } from '@/trpc/react';
import { rememberFirstTouch } from '@/lib/first-touch';
import { RateLimitedNotice, type RateLimit } from './rate-limited-notice';
import { StepContent, STEP_COPY } from './step-content';
import { useAuditDraft } from './use-audit-draft';
import { WizardProgress } from './wizard-progress';
import { emptyAnswers, stepData, withPendingOwnWords, type WizardAnswers } from './wizard-state';
import { LoadingNotice } from '@/components/ui/loading-notice';

type Errors = Record<string, string>;

/**
 * Back and Next do not take the focus on a press: an own-words box losing it would add its words
 * (a new chip) and move the buttons down between the press and the release, and the click would
 * be lost. The buttons add those words themselves.
 */
const keepFocus = (event: MouseEvent) => event.preventDefault();

const LAST_AUDIT_KEY = 'xteam.audit.lastAuditId';

/**
 * The steps' schemas (zod, shared with the server) load when a visitor first touches the form,
 * not with the wizard: evaluating zod and the schemas was the longest task of the page's start
 * on a throttled phone. The module loads once; later calls get the same promise's result.
 */
const loadStepSchemas = () =>
  import('@/server/audit/schema').then(
    (module) => module.stepSchemas,
    () => {
      throw new Error('Part of this page did not load. Check your connection and try again.');
    },
  );
// Warming only: a failed load is told when Next (or the email-me-later form) needs the schemas.
const warmStepSchemas = () => void loadStepSchemas().catch(() => undefined);

function readLastAuditId(): string | undefined {
  try {
    return window.localStorage.getItem(LAST_AUDIT_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function rememberLastAudit(id: string) {
  try {
    window.localStorage.setItem(LAST_AUDIT_KEY, id);
  } catch {
    // No storage: the results link is in the confirmation email too.
  }
}

export function AuditWizard({ catalogue }: { catalogue: WizardCatalogue }) {
  const router = useRouter();
  const [step, setStep] = useState<WizardStep>('industry');
  const [answers, setAnswers] = useState<WizardAnswers>(emptyAnswers);
  const [errors, setErrors] = useState<Errors>({});
  const [rateLimit, setRateLimit] = useState<RateLimit | null>(null);
  const [previousAuditId, setPreviousAuditId] = useState(readLastAuditId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const moved = useRef(false);
  const saveStep = api.audit.saveStep.useMutation();
  const submit = api.audit.submit.useMutation();
  const submitLater = api.audit.submitLater.useMutation();

  const { draftId, setDraftId, loading } = useAuditDraft((saved, currentStep) => {
    setAnswers((current) => ({ ...current, ...saved, companySize: saved.companySize ?? '' }));
    setStep(WIZARD_STEPS[Math.min(currentStep, WIZARD_STEPS.length) - 1] ?? 'industry');
  }, setPreviousAuditId);

  useEffect(() => {
    rememberFirstTouch();
  }, []);
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [step]);

  const index = WIZARD_STEPS.indexOf(step);
  const busy = saveStep.isPending || submit.isPending;
  const goTo = (next: WizardStep) => {
    moved.current = true;
    setErrors({});
    setStep(next);
  };

  function serverErrors(error: unknown) {
    const seed = (
      error as {
        data?: {
          error?: {
            code: string;
            message: string;
            details?: { field?: string; reason?: string; auditId?: string; retryAfterSeconds?: number };
          };
        };
      }
    ).data?.error;
    if (seed?.code === 'CONFLICT' && seed.details?.auditId) {
      setDraftId(null);
      router.push(`/audit/results/${seed.details.auditId}`);
      return;
    }
    if (seed?.code === 'RATE_LIMITED') {
      // Keep every answer and the draft: the visitor can send them again later.
      const seconds = seed.details?.retryAfterSeconds ?? 3600;
      setRateLimit({ message: seed.message, retryAt: new Date(Date.now() + seconds * 1000) });
      return;
    }
    if (seed?.code === 'NOT_FOUND') {
      setDraftId(null);
      setErrors({ form: 'Your saved audit has expired. Please start again from the first step.' });
      setStep('industry');
      return;
    }
    const field = seed?.details?.field;
    setErrors(
      field
        ? { [field]: seed?.details?.reason ?? seed.message, form: seed.message }
        : { form: seed?.message ?? 'We could not save your answers. Check your connection and try again.' },
    );
  }

  /** The refused answers, left for later: the server emails the results link once processed. */
  async function sendLater(email: string) {
    const stepSchemas = await loadStepSchemas();
    const parsed = stepSchemas.contact.safeParse(
      stepData('contact', { ...answers, contactInfo: { ...answers.contactInfo, email } }),
    );
    if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'Check your email address.');
    if (!draftId) throw new Error('Your saved audit has expired. Please start again from the first step.');
    try {
      await submitLater.mutateAsync({ draftId, ...parsed.data } as Parameters<typeof submitLater.mutateAsync>[0]);
    } catch (error) {
      const seed = (error as { data?: { error?: { message?: string } } }).data?.error;
      throw new Error(seed?.message ?? 'We could not save your request. Check your connection and try again.');
    }
    setDraftId(null);
  }

  /** The answers with the words left in the step's own-words box (Next and Back keep them). */
  function withTypedWords(): WizardAnswers {
    const box = formRef.current?.querySelector<HTMLInputElement>('input[data-own-words]');
    const current = withPendingOwnWords(step, answers, box?.value ?? '');
    if (current !== answers) setAnswers(current);
    return current;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const current = withTypedWords();
    let stepSchemas: Awaited<ReturnType<typeof loadStepSchemas>>;
    try {
      stepSchemas = await loadStepSchemas();
    } catch (error) {
      setErrors({ form: (error as Error).message });
      return;
    }
    const parsed = stepSchemas[step].safeParse(stepData(step, current));
    if (!parsed.success) {
      setErrors(
        Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.') || 'form', issue.message])),
      );
      return;
    }
    setErrors({});
    setRateLimit(null);
    try {
      if (step === 'contact') {
        if (!draftId) throw { data: { error: { code: 'NOT_FOUND', message: 'Draft missing' } } };
        const result = await submit.mutateAsync({ draftId, ...(parsed.data as object) } as Parameters<
          typeof submit.mutateAsync
        >[0]);
        setDraftId(null);
        rememberLastAudit(result.auditId);
        router.push(`/audit/results/${result.auditId}`);
        return;
      }
      const firstTouch = step === 'industry' && !draftId ? rememberFirstTouch() : undefined;
      const saved = await saveStep.mutateAsync({
        step,
        data: parsed.data,
        draftId: draftId ?? undefined,
        ...(firstTouch ? { utm: firstTouch.utm, referrer: firstTouch.referrer } : {}),
      } as Parameters<typeof saveStep.mutateAsync>[0]);
      setDraftId(saved.draftId);
      goTo(WIZARD_STEPS[index + 1]!);
    } catch (error) {
      serverErrors(error);
    }
  }

  if (loading) {
    return <LoadingNotice className="rounded-2xl bg-slate-100 p-8">Loading your audit…</LoadingNotice>;
  }

  const messages = Object.entries(errors);
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      onPointerDown={warmStepSchemas}
      onFocus={warmStepSchemas}
      onKeyDown={warmStepSchemas}
      noValidate
      className="flex flex-col gap-8 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8"
    >
      {previousAuditId && (
        <p role="status" className="rounded-lg bg-brand-50 px-4 py-3 text-sm text-brand-900">
          You already completed an audit on this browser.{' '}
          <Link href={`/audit/results/${previousAuditId}`} className="font-semibold underline">
            See its results
          </Link>{' '}
          or start a new one below.
        </p>
      )}
      <WizardProgress step={step} />
      <div className="flex flex-col gap-1">
        <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-bold tracking-tight text-ink outline-none">
          {STEP_COPY[step].title}
        </h2>
        <p className="text-ink-muted">{STEP_COPY[step].hint}</p>
      </div>
      {rateLimit && <RateLimitedNotice limit={rateLimit} email={answers.contactInfo.email} onSendLater={sendLater} />}
      {messages.length > 0 && (
        <div role="alert" className="rounded-lg bg-red-50 px-4 py-3 text-sm text-red-800 ring-1 ring-red-200">
          <ul className="list-inside list-disc">
            {[...new Set(messages.map(([, message]) => message))].map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      <StepContent
        // A step of its own per screen: a box's unsent words never carry over to the next step.
        key={step}
        step={step}
        catalogue={catalogue}
        answers={answers}
        errors={errors}
        onChange={(patch) => setAnswers((current) => ({ ...current, ...patch }))}
      />
      <div className="flex flex-col-reverse gap-3 border-t border-slate-100 pt-6 sm:flex-row sm:justify-between">
        <Button
          type="button"
          variant="secondary"
          size="lg"
          onClick={() => {
            withTypedWords();
            goTo(WIZARD_STEPS[index - 1]!);
          }}
          onMouseDown={keepFocus}
          disabled={index === 0 || busy}
        >
          Back
        </Button>
        <Button type="submit" size="lg" disabled={busy} aria-busy={busy} onMouseDown={keepFocus}>
          {step === 'contact'
            ? submit.isPending
              ? 'Scoring your audit…'
              : 'See my results'
            : saveStep.isPending
              ? 'Saving…'
              : 'Next'}
        </Button>
      </div>
    </form>
  );
}
