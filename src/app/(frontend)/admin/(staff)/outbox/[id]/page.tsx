// /admin/outbox/[id]: one email as its recipient sees it (HTML in a sandboxed frame), its plain
// text part, attachments and delivery history.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { TRPCError } from '@trpc/server';
import { api } from '@/trpc/server';
import { requireStaff } from '@/server/auth/guard';
import { StatusBadge } from '../_components/status-badge';
import { StaffTime } from '../../_components/staff-time';

export const metadata: Metadata = { title: 'Email · Admin' };

async function load(id: string) {
  try {
    return await api.outbox.get({ id });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST')) notFound();
    throw error;
  }
}

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaff('leads', `/admin/outbox/${id}`);
  const message = await load(id);
  const facts: Array<[string, ReactNode]> = [
    ['To', message.toAddress],
    ['Kind', message.kind.replace(/_/g, ' ')],
    ['Created', <StaffTime key="created" value={message.createdAt} />],
    ['Sent', <StaffTime key="sent" value={message.sentAt} fallback="not sent" />],
    ['Transport', message.transport ?? 'not tried yet'],
    ['Attempts', String(message.attempts)],
  ];
  return (
    <div className="flex flex-col gap-6">
      <Link href="/admin/outbox" className="text-sm font-medium text-brand-700 hover:underline">
        ← Email outbox
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold tracking-tight text-ink">{message.subject}</h1>
        <StatusBadge status={message.status} />
      </div>
      <dl className="grid gap-x-6 gap-y-2 rounded-2xl bg-white p-6 text-sm ring-1 ring-slate-200 sm:grid-cols-[max-content_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-ink-muted">{label}</dt>
            <dd className="text-ink">{value}</dd>
          </div>
        ))}
        {message.lastError && (
          <div className="contents">
            <dt className="text-ink-muted">Last error</dt>
            <dd className="text-red-700">{message.lastError}</dd>
          </div>
        )}
        <div className="contents">
          <dt className="text-ink-muted">Attachments</dt>
          <dd className="text-ink">
            {message.attachments.length
              ? message.attachments.map((a) => `${a.filename} (${a.contentType})`).join(', ')
              : 'none'}
          </dd>
        </div>
      </dl>
      <section aria-labelledby="html-title" className="flex flex-col gap-2">
        <h2 id="html-title" className="text-lg font-semibold text-ink">
          As the recipient sees it
        </h2>
        {/* sandbox without permissions: no scripts, no navigation, no same-origin access. */}
        <iframe
          title={`HTML part of “${message.subject}”`}
          sandbox=""
          srcDoc={message.html}
          className="h-[640px] w-full rounded-2xl bg-white ring-1 ring-slate-200"
        />
      </section>
      <section aria-labelledby="text-title" className="flex flex-col gap-2">
        <h2 id="text-title" className="text-lg font-semibold text-ink">
          Plain-text part
        </h2>
        <pre className="overflow-x-auto whitespace-pre-wrap rounded-2xl bg-white p-6 text-sm text-ink ring-1 ring-slate-200">
          {message.text}
        </pre>
      </section>
    </div>
  );
}
