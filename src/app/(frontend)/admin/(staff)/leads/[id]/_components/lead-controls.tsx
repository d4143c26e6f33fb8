'use client';
// The lead's status pipeline and owner: each change is saved at once and the page refreshed.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/cn';
import { seedErrorOf } from '@/lib/seed-error';
import { LEAD_STATUSES, STATUS_LABELS, type LeadStatus } from '@/server/leads/schema';
import { api } from '@/trpc/react';

export function StatusPipeline({ leadId, status }: { leadId: string; status: string }) {
  const router = useRouter();
  const setStatus = api.leads.setStatus.useMutation({ onSuccess: () => router.refresh() });
  const shown = (setStatus.isPending ? setStatus.variables?.status : null) ?? status;
  return (
    <div className="flex flex-col gap-2">
      <div role="group" aria-label="Status" className="grid grid-cols-2 gap-1 rounded-xl bg-slate-100 p-1">
        {LEAD_STATUSES.map((value: LeadStatus) => (
          <button
            key={value}
            type="button"
            aria-pressed={shown === value}
            disabled={setStatus.isPending}
            onClick={() => value !== status && setStatus.mutate({ id: leadId, status: value })}
            className={cn(
              'min-h-10 rounded-lg px-3 text-sm font-semibold transition-colors focus-visible:outline-2 focus-visible:outline-brand-600 disabled:cursor-wait',
              shown === value ? 'bg-brand-600 text-white shadow-sm' : 'text-ink-muted hover:bg-white hover:text-ink',
            )}
          >
            {STATUS_LABELS[value]}
          </button>
        ))}
      </div>
      <p role="status" className="min-h-5 text-xs text-ink-muted">
        {setStatus.isPending ? 'Saving…' : setStatus.isSuccess ? 'Status saved.' : ''}
      </p>
      {setStatus.error && (
        <p role="alert" className="text-sm text-red-700">
          {seedErrorOf(setStatus.error)?.message}
        </p>
      )}
    </div>
  );
}

export function OwnerSelect({
  leadId,
  ownerId,
  staff,
}: {
  leadId: string;
  ownerId: string | null;
  staff: Array<{ id: string; email: string; role: string }>;
}) {
  const router = useRouter();
  const [value, setValue] = useState(ownerId ?? '');
  const assign = api.leads.assign.useMutation({ onSuccess: () => router.refresh() });
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        assign.mutate({ id: leadId, userId: value || null });
      }}
    >
      <label htmlFor="lead-owner" className="text-sm font-medium text-ink">
        Owner
      </label>
      <div className="flex gap-2">
        <select
          id="lead-owner"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          className="h-10 min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 text-sm text-ink shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"
        >
          <option value="">Unassigned</option>
          {staff.map((member) => (
            <option key={member.id} value={member.id}>
              {member.email} ({member.role})
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary" disabled={assign.isPending || value === (ownerId ?? '')}>
          {assign.isPending ? 'Saving…' : 'Assign'}
        </Button>
      </div>
      {assign.error && (
        <p role="alert" className="text-sm text-red-700">
          {seedErrorOf(assign.error)?.message}
        </p>
      )}
    </form>
  );
}
