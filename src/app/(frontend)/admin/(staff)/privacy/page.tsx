// /admin/privacy (admins): every data-rights request (self-service or by staff) and every
// retention run, with its state and what it exported, erased or removed. The record of our
// accountability under GDPR art. 5(2); it holds no address, only a hash of it.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaff } from '@/server/auth/guard';
import { requestListInput } from '@/server/privacy/schema';
import { retentionPolicy } from '@/server/privacy/config';
import { api } from '@/trpc/server';

export const metadata: Metadata = { title: 'Privacy requests · Admin' };

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

const KIND = { export: 'Export', erase: 'Erasure', retention: 'Retention run' } as Record<string, string>;
const CHANNEL = { self_service: 'Self-service link', staff: 'Staff', schedule: 'Schedule' } as Record<string, string>;
const STATE_CLASS: Record<string, string> = {
  completed: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  pending: 'bg-amber-50 text-amber-800 ring-amber-200',
  expired: 'bg-slate-100 text-slate-700 ring-slate-200',
  failed: 'bg-red-50 text-red-800 ring-red-200',
};

function summaryText(summary: Record<string, unknown>): string {
  return Object.entries(summary)
    .filter(([, value]) => typeof value === 'number' && value > 0)
    .map(([key, value]) => `${key.replace(/([A-Z])/g, ' $1').toLowerCase()}: ${String(value)}`)
    .join(', ');
}

export default async function PrivacyRequestsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requireStaff('privacy', '/admin/privacy');
  const params = await searchParams;
  const parsed = requestListInput.safeParse({ cursor: params.before || undefined, limit: 50 });
  const { items, nextCursor } = await api.privacyAdmin.requests(parsed.success ? parsed.data : { limit: 50 });
  const policy = retentionPolicy();

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight text-ink">Privacy requests</h1>
        <p className="mt-1 max-w-3xl text-ink-muted">
          Exports and erasures asked for on the Your data page or taken from a lead&apos;s page, and the daily retention
          runs (records after {policy.recordsMonths} months without contact, emails after {policy.emailsMonths},
          analytics events after {policy.eventsMonths}). Pending links expire unused.
        </p>
      </div>
      {items.length === 0 ? (
        <p className="rounded-2xl bg-white p-6 text-ink-muted ring-1 ring-slate-200">No requests or runs yet.</p>
      ) : (
        <div className="overflow-x-auto rounded-2xl bg-white ring-1 ring-slate-200">
          <table className="w-full text-left text-sm" data-testid="privacy-requests">
            <caption className="sr-only">Privacy requests, newest first</caption>
            <thead className="bg-slate-50 text-ink-muted">
              <tr>
                {['Requested (UTC)', 'Kind', 'Channel', 'By', 'State', 'Completed (UTC)', 'What'].map((h) => (
                  <th key={h} scope="col" className="px-4 py-3 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((row) => (
                <tr key={row.id} className="border-t border-slate-100 align-top">
                  <td className="whitespace-nowrap px-4 py-3 text-ink">{dateTime.format(row.createdAt)}</td>
                  <td className="px-4 py-3 font-medium text-ink">{KIND[row.kind] ?? row.kind}</td>
                  <td className="px-4 py-3 text-ink-muted">{CHANNEL[row.channel] ?? row.channel}</td>
                  <td className="px-4 py-3 text-ink-muted">{row.actor ?? '–'}</td>
                  <td className="px-4 py-3">
                    <span
                      className={`rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${STATE_CLASS[row.state] ?? ''}`}
                    >
                      {row.state}
                    </span>
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-ink-muted">
                    {row.completedAt ? dateTime.format(row.completedAt) : '–'}
                  </td>
                  <td className="px-4 py-3 text-ink-muted">{summaryText(row.summary) || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextCursor && (
        <Link
          href={`/admin/privacy?before=${encodeURIComponent(nextCursor)}`}
          className="self-start font-medium text-brand-700 hover:underline"
        >
          Older requests →
        </Link>
      )}
    </div>
  );
}
