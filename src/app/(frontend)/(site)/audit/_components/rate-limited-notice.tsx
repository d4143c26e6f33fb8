'use client';
// Shown when a submit hits a rate limit: when to try again, that the answers are kept (the
// draft lives on the server and this browser remembers it), and what to do meanwhile: book a
// consultation, or leave the email and get the results by email once the audit is processed.
import Link from '@/components/ui/link';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';

export interface RateLimit {
  message: string;
  retryAt: Date;
}

function waitText(retryAt: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  const time = retryAt.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  // A per-day budget frees up tomorrow: "at 03:10" alone would read as today.
  if (retryAt.toDateString() !== now.toDateString()) {
    const day = retryAt.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
    return `on ${day} at ${time}`;
  }
  return minutes >= 90 ? `at ${time}` : `at ${time} (in about ${minutes} minute${minutes === 1 ? '' : 's'})`;
}

/** Resolves when the answers are left for later; rejects with the message to show. */
export type SendLater = (email: string) => Promise<void>;

function ResultsLater({ email, onSendLater }: { email: string; onSendLater: SendLater }) {
  const [value, setValue] = useState(email);
  const [state, setState] = useState<{ kind: 'idle' | 'sending' | 'sent' } | { kind: 'error'; message: string }>({
    kind: 'idle',
  });
  if (state.kind === 'sent') {
    return (
      <p role="status" className="mt-3 rounded-md bg-white/70 px-3 py-2 font-medium">
        Done: we will email the results to {value} as soon as your audit is processed. You can close this page.
      </p>
    );
  }
  async function send() {
    setState({ kind: 'sending' });
    try {
      await onSendLater(value.trim());
      setState({ kind: 'sent' });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : 'Please try again.' });
    }
  }
  return (
    <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-end">
      <TextField
        label="Email for your results"
        name="laterEmail"
        type="email"
        autoComplete="email"
        value={value}
        error={state.kind === 'error' ? state.message : undefined}
        onChange={(event) => setValue(event.target.value)}
        className="flex-1"
      />
      <Button
        type="button"
        variant="secondary"
        disabled={state.kind === 'sending'}
        aria-busy={state.kind === 'sending'}
        onClick={() => void send()}
      >
        {state.kind === 'sending' ? 'Sending…' : 'Email me the results'}
      </Button>
    </div>
  );
}

export function RateLimitedNotice({
  limit,
  email,
  onSendLater,
}: {
  limit: RateLimit;
  email: string;
  onSendLater: SendLater;
}) {
  return (
    <div role="alert" className="rounded-lg bg-amber-50 px-4 py-4 text-sm text-amber-950 ring-1 ring-amber-200">
      <p className="font-semibold">{limit.message}</p>
      <p className="mt-1">
        Your answers are saved: you can send them again {waitText(limit.retryAt, new Date())} from this browser, with
        nothing to fill in again.
      </p>
      <p className="mt-3">Meanwhile:</p>
      <ul className="mt-1 list-inside list-disc">
        <li>
          <Link href="/consultation" className="font-semibold underline">
            Book a free consultation
          </Link>{' '}
          and we go through your answers with you.
        </li>
        <li>
          <span className="font-semibold">Leave your email to get the results later:</span> we process your audit in the
          background and email you the link to your results (with the consent you gave above).
        </li>
      </ul>
      <ResultsLater email={email} onSendLater={onSendLater} />
    </div>
  );
}
