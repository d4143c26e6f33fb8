'use client';
// Data rights from the lead's page (admins): download everything held about the lead's address,
// or erase it after typing the address to confirm. Both are recorded at /admin/privacy.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { seedErrorOf } from '@/lib/seed-error';
import { api } from '@/trpc/react';

export function PrivacyActions({ leadId, email }: { leadId: string; email: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const erase = api.privacyAdmin.eraseLead.useMutation({ onSuccess: () => router.push('/admin/privacy') });
  const error = seedErrorOf(erase.error);

  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-ink-muted">
        Everything held about {email}: audits, messages, bookings, emails, notes and reports.
      </p>
      <a
        href={`/api/admin/privacy/export?leadId=${encodeURIComponent(leadId)}`}
        className={buttonClasses('secondary', 'md', 'self-start')}
        download
      >
        Export data (zip)
      </a>
      {!confirming ? (
        <Button variant="secondary" className="self-start text-red-700" onClick={() => setConfirming(true)}>
          Erase data…
        </Button>
      ) : (
        <form
          className="flex flex-col gap-3 rounded-xl bg-red-50 p-3 ring-1 ring-red-200"
          onSubmit={(event) => {
            event.preventDefault();
            erase.mutate({ leadId, confirmEmail: typed });
          }}
        >
          <p className="text-sm text-red-900">
            This deletes every record of this person, cancels open bookings and follow-ups and emails them a receipt. It
            cannot be undone.
          </p>
          <TextField
            label="Type their email address to confirm"
            value={typed}
            autoComplete="off"
            onChange={(event) => setTyped(event.target.value)}
            error={error?.fieldErrors.confirmEmail}
          />
          {error && !error.fieldErrors.confirmEmail && (
            <p role="alert" className="text-sm text-red-800">
              {error.message}
            </p>
          )}
          <div className="flex gap-2">
            <Button type="submit" disabled={erase.isPending || typed.trim() === ''}>
              {erase.isPending ? 'Erasing…' : 'Erase for good'}
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
