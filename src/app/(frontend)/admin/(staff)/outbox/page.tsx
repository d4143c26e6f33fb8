// /admin/outbox: every email the site queued, sent, kept (no provider configured) or failed.
import type { Metadata } from 'next';
import Link from 'next/link';
import { cn } from '@/lib/cn';
import { OUTBOX_STATUSES, outboxListInput } from '@/server/email/schema';
import { api } from '@/trpc/server';
import { requireStaff } from '@/server/auth/guard';
import { StatusBadge } from './_components/status-badge';

export const metadata: Metadata = { title: 'Email outbox · Admin' };

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requireStaff('leads', '/admin/outbox');
  const params = await searchParams;
  const parsed = outboxListInput.safeParse({ status: params.status || undefined, page: Number(params.page ?? 1) });
  const input = parsed.success ? parsed.data : { page: 1 };
  const outbox = await api.outbox.list(input);
  const link = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams();
    const merged = { status: input.status, page: input.page, ...changes };
    if (merged.status) next.set('status', merged.status);
    if (merged.page && merged.page !== 1) next.set('page', String(merged.page));
    const query = next.toString();
    return `/admin/outbox${query ? `?${query}` : ''}`;
  };

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight text-ink">Email outbox</h1>
        <p className="mt-1 max-w-3xl text-ink-muted">
          Every email the site sends is stored here first. Without <code>RESEND_API_KEY</code> messages are kept here
          and not sent; with it, Resend delivers them and failures are retried with backoff.
        </p>
      </div>
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
      {outbox.messages.length === 0 ? (
        <p className="rounded-2xl bg-white p-8 text-ink-muted ring-1 ring-slate-200">
          No emails{input.status ? ` with status “${input.status}”` : ''} yet. They appear here when visitors complete
          an audit, send the contact form or book a consultation.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-2xl bg-white ring-1 ring-slate-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Emails, newest first</caption>
            <thead className="border-b border-slate-200 text-ink-muted">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  Created (UTC)
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  To
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Subject
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Kind
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Status
                </th>
              </tr>
            </thead>
            <tbody>
              {outbox.messages.map((message) => (
                <tr key={message.id} className="border-b border-slate-100 last:border-0 hover:bg-slate-50">
                  <td className="whitespace-nowrap px-4 py-3 text-ink-muted">{dateTime.format(message.createdAt)}</td>
                  <td className="px-4 py-3 text-ink">{message.toAddress}</td>
                  <td className="px-4 py-3">
                    <Link href={`/admin/outbox/${message.id}`} className="font-medium text-brand-700 hover:underline">
                      {message.subject}
                    </Link>
                  </td>
                  <td className="px-4 py-3 text-ink-muted">{message.kind.replace(/_/g, ' ')}</td>
                  <td className="px-4 py-3">
                    <StatusBadge status={message.status} />
                    {message.status === 'failed' && message.lastError && (
                      <p className="mt-1 max-w-xs truncate text-xs text-red-700">{message.lastError}</p>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Pages" className="flex items-center justify-between text-sm text-ink-muted">
        <span>
          Page {outbox.page} of {outbox.pageCount} · {outbox.total} email{outbox.total === 1 ? '' : 's'}
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
    </div>
  );
}
