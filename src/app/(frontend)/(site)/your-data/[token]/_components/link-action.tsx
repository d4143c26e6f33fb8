'use client';
// The link's one action: download the archive (POST /api/privacy/export) or erase, after an
// explicit confirmation. Either spends the link.
import Link from '@/components/ui/link';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { seedErrorOf } from '@/lib/seed-error';
import { api } from '@/trpc/react';

type Props = { token: string; action: 'export' | 'erase'; expiresAt: string };

const timeOf = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

function NewLink() {
  return (
    <Link href="/your-data" className="font-semibold text-brand-700 underline">
      Request another link
    </Link>
  );
}

function ExportAction({ token, expiresAt }: Omit<Props, 'action'>) {
  const [state, setState] = useState<'idle' | 'working' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setState('working');
    setError(null);
    try {
      const response = await fetch('/api/privacy/export', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? 'The download failed. Please try again.');
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'your-data.zip';
      const url = URL.createObjectURL(await response.blob());
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = name;
      anchor.click();
      URL.revokeObjectURL(url);
      setState('done');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'The download failed. Please try again.');
      setState('idle');
    }
  }

  if (state === 'done')
    return (
      <div
        role="status"
        className="flex flex-col gap-3 rounded-2xl bg-white p-6 ring-1 ring-slate-200"
        data-testid="export-done"
      >
        <h2 className="text-xl font-bold text-ink">Your download has started</h2>
        <p className="text-ink-muted">
          The archive holds data.json (everything we hold, readable by any program) and your PDF reports. This link has
          now been used.
        </p>
        <NewLink />
      </div>
    );
  return (
    <div className="flex flex-col gap-4 rounded-2xl bg-white p-6 ring-1 ring-slate-200">
      <h2 className="text-xl font-bold text-ink">Download a copy of your data</h2>
      <p className="text-ink-muted">
        One archive with everything we hold about your address. The link works once, until {timeOf(expiresAt)}.
      </p>
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800 ring-1 ring-red-200">
          {error}
        </p>
      )}
      <Button onClick={() => void download()} disabled={state === 'working'} className="self-start">
        {state === 'working' ? 'Preparing your archive…' : 'Download my data'}
      </Button>
    </div>
  );
}

function EraseAction({ token, expiresAt }: Omit<Props, 'action'>) {
  const [confirmed, setConfirmed] = useState(false);
  const erase = api.privacy.erase.useMutation();
  const error = seedErrorOf(erase.error);

  if (erase.isSuccess)
    return (
      <div
        role="status"
        className="flex flex-col gap-3 rounded-2xl bg-white p-6 ring-1 ring-slate-200"
        data-testid="erase-done"
      >
        <h2 className="text-xl font-bold text-ink">Your data has been erased</h2>
        <p className="text-ink-muted">
          We have deleted everything we held about your address and sent you a receipt by email.
          {erase.data.summary.cancelledBookings > 0 ? ' Your upcoming consultation was cancelled.' : ''}
        </p>
      </div>
    );
  return (
    <form
      className="flex flex-col gap-4 rounded-2xl bg-white p-6 ring-1 ring-slate-200"
      onSubmit={(event) => {
        event.preventDefault();
        if (confirmed) erase.mutate({ token });
      }}
    >
      <h2 className="text-xl font-bold text-ink">Erase your data</h2>
      <p className="text-ink-muted">
        We will delete your audits and reports, messages, bookings, the emails we sent you and our notes about you.
        Upcoming consultations are cancelled. Website statistics keep their counts with nothing that leads to you. This
        cannot be undone. The link works once, until {timeOf(expiresAt)}.
      </p>
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800 ring-1 ring-red-200">
          {error.message} {error.code === 'NOT_FOUND' || error.code === 'CONFLICT' ? <NewLink /> : null}
        </p>
      )}
      <label className="flex items-start gap-3 text-ink">
        <input
          type="checkbox"
          checked={confirmed}
          onChange={(event) => setConfirmed(event.target.checked)}
          className="mt-1 accent-brand-600"
        />
        <span>I understand that all my data will be erased for good.</span>
      </label>
      <Button type="submit" disabled={!confirmed || erase.isPending} className="self-start">
        {erase.isPending ? 'Erasing…' : 'Erase my data'}
      </Button>
    </form>
  );
}

export function LinkAction(props: Props) {
  return props.action === 'export' ? <ExportAction {...props} /> : <EraseAction {...props} />;
}
