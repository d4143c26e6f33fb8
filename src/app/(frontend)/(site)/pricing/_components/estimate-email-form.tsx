'use client';
// "Email me this estimate" under the calculator's figures: an address and the consent; the
// server recomputes the figures from the same inputs and sends them.
import Link from '@/components/ui/link';
import { useId, useState, useSyncExternalStore, type FormEvent } from 'react';
import { rememberFirstTouch } from '@/lib/first-touch';
import { seedErrorOf } from '@/lib/seed-error';
import type { RoiCalculatorInput } from '@/server/roi/schema';
import { api } from '@/trpc/react';

const noSubscription = () => () => {};

export function EstimateEmailForm({ request }: { request: RoiCalculatorInput }) {
  const id = useId();
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [email, setEmail] = useState('');
  const [consent, setConsent] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const send = api.roi.emailEstimate.useMutation();
  const error = seedErrorOf(send.error);
  const fieldError = (field: string) => error?.fieldErrors[field];
  const general = error && !fieldError('email') && !fieldError('consent') ? error.message : null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSentTo(null);
    const { utm, referrer } = rememberFirstTouch();
    try {
      const sent = await send.mutateAsync({ ...request, email, consent: consent as true, utm, referrer });
      setSentTo(sent.email);
    } catch {
      // Shown from send.error below.
    }
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-3 rounded-xl bg-white/10 p-4"
      data-testid="estimate-email-form"
    >
      <h4 id={`${id}-title`} className="text-sm font-semibold text-white">
        Email me this estimate
      </h4>
      <div className="flex flex-col gap-2 sm:flex-row">
        <label htmlFor={`${id}-email`} className="sr-only">
          Your email address
        </label>
        <input
          id={`${id}-email`}
          type="email"
          autoComplete="email"
          placeholder="name@company.com"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={fieldError('email') ? true : undefined}
          aria-describedby={fieldError('email') ? `${id}-email-error` : undefined}
          className="h-11 min-w-0 rounded-lg border border-white/30 sm:flex-1 bg-white px-3 text-base text-ink placeholder:text-slate-400 focus:outline-none focus:ring-2 focus:ring-brand-200"
        />
        <button
          type="submit"
          disabled={!hydrated || send.isPending}
          aria-busy={send.isPending}
          className="h-11 rounded-lg bg-white px-4 text-sm font-semibold text-brand-900 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white disabled:opacity-60"
        >
          {send.isPending ? 'Sending…' : 'Send'}
        </button>
      </div>
      {fieldError('email') && (
        <p id={`${id}-email-error`} className="text-sm text-amber-200">
          {fieldError('email')}
        </p>
      )}
      <label className="flex items-start gap-3 text-sm text-brand-100">
        <input
          type="checkbox"
          checked={consent}
          onChange={(event) => setConsent(event.target.checked)}
          aria-invalid={fieldError('consent') ? true : undefined}
          className="mt-0.5 h-4 w-4 shrink-0 accent-white"
        />
        <span>
          XTeam.Pro may email me this estimate and contact me about it. I have read the{' '}
          <Link href="/privacy" target="_blank" className="font-medium text-white underline">
            privacy notice
          </Link>
          .
        </span>
      </label>
      {fieldError('consent') && <p className="text-sm text-amber-200">{fieldError('consent')}</p>}
      {general && (
        <p role="alert" className="text-sm text-amber-200">
          {general}
        </p>
      )}
      <p role="status" className="text-sm text-white empty:hidden">
        {sentTo ? `Sent: the estimate is on its way to ${sentTo}.` : ''}
      </p>
    </form>
  );
}
