// /admin/privacy (admins): every data-rights request (self-service or by staff) and every
// retention run, with its state and what it exported, erased or removed. The record of our
// accountability under GDPR art. 5(2); it holds no address, only a hash of it.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaff } from '@/server/auth/guard';
import { requestListInput } from '@/server/privacy/schema';
import { retentionPolicy } from '@/server/privacy/config';
import { api } from '@/trpc/server';
import { EmptyCard } from '../_components/admin-card';
import { DataTable } from '../_components/data-table';
import { PageHeader } from '../_components/page-header';
import { StaffTime } from '../_components/staff-time';

export const metadata: Metadata = { title: 'Privacy requests · Admin' };

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
      <PageHeader
        title="Privacy requests"
        description={
          <>
            Exports and erasures asked for on the Your data page or taken from a lead&apos;s page, and the daily
            retention runs (records after {policy.recordsMonths} months without contact, emails after{' '}
            {policy.emailsMonths}, analytics events after {policy.eventsMonths}). Pending links expire unused.
          </>
        }
      />
      {items.length === 0 ? (
        <EmptyCard>No requests or runs yet.</EmptyCard>
      ) : (
        <DataTable
          framed
          testId="privacy-requests"
          caption="Privacy requests, newest first"
          rows={items}
          rowKey={(row) => row.id}
          columns={[
            {
              header: 'Requested',
              className: 'whitespace-nowrap',
              cell: (row) => <StaffTime value={row.createdAt} />,
            },
            { header: 'Kind', className: 'font-medium', cell: (row) => KIND[row.kind] ?? row.kind },
            { header: 'Channel', className: 'text-ink-muted', cell: (row) => CHANNEL[row.channel] ?? row.channel },
            { header: 'By', className: 'text-ink-muted', cell: (row) => row.actor ?? '–' },
            {
              header: 'State',
              cell: (row) => (
                <span
                  className={`rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${STATE_CLASS[row.state] ?? ''}`}
                >
                  {row.state}
                </span>
              ),
            },
            {
              header: 'Completed',
              className: 'whitespace-nowrap text-ink-muted',
              cell: (row) => <StaffTime value={row.completedAt} />,
            },
            { header: 'What', className: 'text-ink-muted', cell: (row) => summaryText(row.summary) || '–' },
          ]}
        />
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
