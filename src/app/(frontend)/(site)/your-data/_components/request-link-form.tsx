'use client';
// The request form: an email address and what to do; the same confirmation whatever we hold.
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { seedErrorOf } from '@/lib/seed-error';
import { api } from '@/trpc/react';

type Action = 'export' | 'erase';

const ACTIONS: Array<{ value: Action; label: string; hint: string }> = [
  { value: 'export', label: 'Send me a copy', hint: 'A download of all of it, as JSON with your PDF reports.' },
  {
    value: 'erase',
    label: 'Erase my data',
    hint: 'Everything is deleted and any upcoming consultation cancelled. This cannot be undone.',
  },
];

export function RequestLinkForm() {
  const [email, setEmail] = useState('');
  const [action, setAction] = useState<Action>('export');
  const request = api.privacy.requestLink.useMutation();
  const error = seedErrorOf(request.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    request.mutate({ email, action });
  }

  if (request.isSuccess) {
    return (
      <div
        role="status"
        className="flex flex-col gap-3 rounded-2xl bg-white p-6 ring-1 ring-slate-200"
        data-testid="link-sent"
      >
        <h2 className="text-xl font-bold text-ink">Check your inbox</h2>
        <p className="text-ink-muted">
          If we hold any data about <strong className="text-ink">{email}</strong>, a link is on its way to that address.
          It works once, for {request.data.validForMinutes} minutes. No email within a few minutes means we hold nothing
          about this address.
        </p>
        <Button type="button" variant="secondary" className="self-start" onClick={() => request.reset()}>
          Use another address
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5 rounded-2xl bg-white p-6 ring-1 ring-slate-200">
      {error && !error.fieldErrors.email && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800 ring-1 ring-red-200">
          {error.message}
        </p>
      )}
      <TextField
        label="Your email address"
        name="email"
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={error?.fieldErrors.email}
      />
      <fieldset className="flex flex-col gap-3">
        <legend className="text-sm font-medium text-ink">What would you like?</legend>
        {ACTIONS.map((option) => (
          <label
            key={option.value}
            className="flex cursor-pointer gap-3 rounded-xl p-3 ring-1 ring-slate-200 has-[:checked]:ring-2 has-[:checked]:ring-brand-500"
          >
            <input
              type="radio"
              name="action"
              value={option.value}
              checked={action === option.value}
              onChange={() => setAction(option.value)}
              className="mt-1 accent-brand-600"
            />
            <span className="flex flex-col">
              <span className="font-medium text-ink">{option.label}</span>
              <span className="text-sm text-ink-muted">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={request.isPending} className="self-start">
        {request.isPending ? 'Sending…' : 'Email me a link'}
      </Button>
    </form>
  );
}
