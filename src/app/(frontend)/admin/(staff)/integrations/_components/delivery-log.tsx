'use client';
// The last webhook deliveries with their outcome, latency and the receiver's answer; one can be
// sent again (same webhook-id, so the receiver can tell it is the same event).
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { seedErrorOf } from '@/lib/seed-error';
import { api } from '@/trpc/react';
import { StaffTime } from '../../_components/staff-time';

interface DeliveryRow {
  id: string;
  url: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastLatencyMs: number | null;
  lastResponse: string | null;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string | null;
}

const STATUS_CLASS: Record<string, string> = {
  succeeded: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  pending: 'bg-amber-50 text-amber-800 ring-amber-200',
  failed: 'bg-red-50 text-red-800 ring-red-200',
};
export function DeliveryLog({ deliveries }: { deliveries: DeliveryRow[] }) {
  const router = useRouter();
  const resend = api.integrations.resend.useMutation({ onSuccess: () => router.refresh() });
  return (
    <section aria-labelledby="deliveries-heading" className="flex flex-col gap-4">
      <div className="flex items-center justify-between gap-3">
        <h2 id="deliveries-heading" className="text-xl font-semibold text-ink">
          Delivery log
        </h2>
        <Button variant="secondary" onClick={() => router.refresh()}>
          Refresh
        </Button>
      </div>
      {resend.error && (
        <p role="alert" className="text-sm text-red-700">
          {seedErrorOf(resend.error)?.message}
        </p>
      )}
      {deliveries.length === 0 ? (
        <p className="rounded-2xl bg-white p-6 text-ink-muted ring-1 ring-slate-200">No deliveries yet.</p>
      ) : (
        <div className="overflow-x-auto rounded-2xl bg-white ring-1 ring-slate-200">
          <table className="w-full text-left text-sm" data-testid="webhook-deliveries">
            <caption className="sr-only">Webhook deliveries, newest first</caption>
            <thead className="bg-slate-50 text-ink-muted">
              <tr>
                {['Queued (UTC)', 'Event', 'Endpoint', 'State', 'Attempts', 'Last answer', ''].map((h) => (
                  <th key={h} scope="col" className="px-4 py-3 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id} className="border-t border-slate-100 align-top">
                  <td className="whitespace-nowrap px-4 py-3 text-ink">
                    <StaffTime value={d.createdAt} />
                  </td>
                  <td className="px-4 py-3 font-mono text-ink">{d.eventType}</td>
                  <td className="max-w-56 truncate px-4 py-3 text-ink-muted" title={d.url}>
                    {d.url}
                  </td>
                  <td className="px-4 py-3">
                    <span
                      className={`rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${STATUS_CLASS[d.status] ?? ''}`}
                    >
                      {d.status}
                    </span>
                    {d.nextAttemptAt && (
                      <p className="mt-1 text-xs text-ink-muted">
                        next <StaffTime value={d.nextAttemptAt} />
                      </p>
                    )}
                  </td>
                  <td className="px-4 py-3 text-ink-muted">{d.attempts}</td>
                  <td className="max-w-72 px-4 py-3 text-ink-muted">
                    {d.lastStatusCode ?? '–'} {d.lastLatencyMs !== null ? `· ${d.lastLatencyMs} ms` : ''}
                    {(d.lastError ?? d.lastResponse) && (
                      <p className="mt-1 truncate text-xs" title={d.lastError ?? d.lastResponse ?? ''}>
                        {d.lastError ?? d.lastResponse}
                      </p>
                    )}
                  </td>
                  <td className="px-4 py-3">
                    <Button variant="ghost" disabled={resend.isPending} onClick={() => resend.mutate({ id: d.id })}>
                      Resend
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
