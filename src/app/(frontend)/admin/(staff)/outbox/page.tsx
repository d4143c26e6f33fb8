// /admin/outbox: every email the site queued, sent, kept (no provider configured) or failed,
// searchable by recipient, subject or lead, 25 a page with the total.
import type { Metadata } from 'next';
import Link from 'next/link';
import { cn } from '@/lib/cn';
import { OUTBOX_STATUSES, outboxListInput, type OutboxListInput } from '@/server/email/schema';
import { api } from '@/trpc/server';
import { requireStaff } from '@/server/auth/guard';
import { EmptyCard } from '../_components/admin-card';
import { DataTable } from '../_components/data-table';
import { PageHeader } from '../_components/page-header';
import { StaffTime } from '../_components/staff-time';
import { OutboxSearch } from './_components/outbox-search';
import { StatusBadge } from './_components/status-badge';

export const metadata: Metadata = { title: 'Email outbox · Admin' };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff('leads', '/admin/outbox');
  const params = await searchParams;
  const parsed = outboxListInput.safeParse({
    status: one(params.status) || undefined,
    q: one(params.q) || undefined,
    page: Number(one(params.page) ?? 1),
  });
  const input: OutboxListInput = parsed.success ? parsed.data : { page: 1, q: undefined };
  const outbox = await api.outbox.list(input);
  const link = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams();
    const merged = { status: input.status, q: input.q, page: input.page, ...changes };
    if (merged.status) next.set('status', String(merged.status));
    if (merged.q) next.set('q', String(merged.q));
    if (merged.page && merged.page !== 1) next.set('page', String(merged.page));
    const query = next.toString();
    return `/admin/outbox${query ? `?${query}` : ''}`;
  };
  const first = (outbox.page - 1) * outbox.pageSize + 1;
  const lastShown = first + outbox.messages.length - 1;
  const noun = (n: number) => `${n.toLocaleString('en-GB')} email${n === 1 ? '' : 's'}`;
  const summary = input.q
    ? `${noun(outbox.total)} ${outbox.total === 1 ? 'matches' : 'match'} “${input.q}”${input.status ? ` with status ${input.status}` : ''}.`
    : `${noun(outbox.total)}${input.status ? ` with status ${input.status}` : ''}.`;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Email outbox"
        description={
          <>
            Every email the site sends is stored here first. Without <code>RESEND_API_KEY</code> messages are kept here
            and not sent; with it, Resend delivers them and failures are retried with backoff.
          </>
        }
      />
      <nav aria-label="Filter by status" className="flex flex-wrap gap-2">
        {[undefined, ...OUTBOX_STATUSES].map((status) => (
          <Link
            key={status ?? 'all'}
            href={link({ status, page: 1 })}
            aria-current={input.status === status ? 'page' : undefined}
            className={cn(
              'rounded-full px-3 py-1 text-sm font-medium ring-1 ring-slate-300 hover:bg-white focus-visible:outline-2 focus-visible:outline-brand-600',
              input.status === status ? 'bg-brand-600 text-white ring-brand-600 hover:bg-brand-700' : 'text-ink',
            )}
          >
            {status ? status[0]!.toUpperCase() + status.slice(1) : 'All'}
          </Link>
        ))}
      </nav>
      <OutboxSearch key={`${input.status ?? ''}`} query={input.q ?? ''} status={input.status} summary={summary}>
        {outbox.messages.length === 0 ? (
          <EmptyCard testId="outbox-empty">
            {input.q
              ? `No emails match “${input.q}”. Try part of an address, a subject or a lead’s name.`
              : `No emails${input.status ? ` with status “${input.status}”` : ''} yet. They appear here when visitors complete an audit, send the contact form or book a consultation.`}
          </EmptyCard>
        ) : (
          <DataTable
            framed
            testId="outbox-table"
            caption="Emails, newest first"
            rows={outbox.messages}
            rowKey={(message) => message.id}
            columns={[
              {
                header: 'Created',
                className: 'whitespace-nowrap text-ink-muted',
                cell: (message) => <StaffTime value={message.createdAt} />,
              },
              { header: 'To', cell: (message) => message.toAddress },
              {
                header: 'Subject',
                cell: (message) => (
                  <Link href={`/admin/outbox/${message.id}`} className="font-medium text-brand-700 hover:underline">
                    {message.subject}
                  </Link>
                ),
              },
              {
                header: 'Lead',
                cell: (message) =>
                  message.leadId ? (
                    <Link href={`/admin/leads/${message.leadId}`} className="text-brand-700 hover:underline">
                      {message.leadName}
                    </Link>
                  ) : (
                    <span className="text-ink-subtle">–</span>
                  ),
              },
              { header: 'Kind', className: 'text-ink-muted', cell: (message) => message.kind.replace(/_/g, ' ') },
              {
                header: 'Status',
                cell: (message) => (
                  <>
                    <StatusBadge status={message.status} />
                    {message.status === 'failed' && message.lastError && (
                      <p className="mt-1 max-w-xs truncate text-xs text-red-700">{message.lastError}</p>
                    )}
                  </>
                ),
              },
            ]}
          />
        )}
        <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm text-ink-muted">
          <span data-testid="outbox-paging">
            {outbox.total === 0
              ? 'No emails'
              : `${first.toLocaleString('en-GB')}–${lastShown.toLocaleString('en-GB')} of ${noun(outbox.total)}`}{' '}
            · page {outbox.page} of {outbox.pageCount}
          </span>
          <span className="flex gap-3">
            {outbox.page > 1 && (
              <Link href={link({ page: outbox.page - 1 })} className="font-medium text-brand-700 hover:underline">
                ← Newer
              </Link>
            )}
            {outbox.page < outbox.pageCount && (
              <Link href={link({ page: outbox.page + 1 })} className="font-medium text-brand-700 hover:underline">
                Older →
              </Link>
            )}
          </span>
        </nav>
      </OutboxSearch>
    </div>
  );
}
