// /admin/staff/log: the staff audit log, newest first, 50 a page: who did what to which
// account, when (in the reader's time zone), from which address. Kept for RETENTION_STAFF_LOG_MONTHS.
import type { Metadata } from 'next';
import Link from 'next/link';
import { env } from '@/env';
import { requireStaff } from '@/server/auth/guard';
import { STAFF_EVENT_LABELS, type StaffEventAction } from '@/server/staff/events';
import { staffLogInput } from '@/server/staff/schema';
import { api } from '@/trpc/server';
import { StaffTime } from '../../_components/staff-time';

export const metadata: Metadata = { title: 'Staff log' };

function detailsOf(action: string, details: unknown): string {
  const d = (details ?? {}) as Record<string, unknown>;
  if (action === 'role_changed') return `${String(d.from)} → ${String(d.to)}`;
  if (action === 'invited') return `as ${String(d.role)}`;
  if (action === 'deactivated' && typeof d.sessionsEnded === 'number') return `${d.sessionsEnded} session(s) ended`;
  if (action === 'password_set') return d.through === 'invite' ? 'from the invitation' : 'from a reset link';
  return '';
}

function PageLink({ page, label, rel }: { page: number; label: string; rel: 'prev' | 'next' }) {
  return (
    <Link
      href={`/admin/staff/log?page=${page}`}
      rel={rel}
      className="rounded-md px-3 py-2 font-semibold text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600"
    >
      {label}
    </Link>
  );
}

export default async function StaffLogPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requireStaff('staff', '/admin/staff/log');
  const parsed = staffLogInput.safeParse(await searchParams);
  const log = await api.staff.log({ page: parsed.success ? parsed.data.page : 1 });
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href="/admin/staff" className="text-sm font-semibold text-brand-700 hover:underline">
          ← Staff
        </Link>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-ink">Staff log</h1>
        <p className="mt-1 text-ink-muted">
          Invitations, password changes, roles, deactivations and sign-ins, newest first. Kept for{' '}
          {env.RETENTION_STAFF_LOG_MONTHS} months.
        </p>
      </div>
      <section aria-labelledby="log-title" className="rounded-2xl bg-white p-6 ring-1 ring-slate-200">
        <h2 id="log-title" className="sr-only">
          Events
        </h2>
        {log.rows.length === 0 ? (
          <p className="text-sm text-ink-muted">Nothing recorded {log.page > 1 ? 'on this page' : 'yet'}.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[720px] text-left text-sm">
              <caption className="sr-only">
                Staff events, page {log.page} of {log.pages}
              </caption>
              <thead className="text-ink-subtle">
                <tr>
                  {['When', 'What', 'Account', 'By', 'Address', 'Details'].map((heading) => (
                    <th key={heading} scope="col" className="py-2 pr-3 font-medium">
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {log.rows.map((event) => (
                  <tr key={event.id}>
                    <td className="whitespace-nowrap py-2 pr-3 text-ink-muted">
                      <StaffTime value={event.occurredAt} />
                    </td>
                    <td className="py-2 pr-3 text-ink">
                      {STAFF_EVENT_LABELS[event.action as StaffEventAction] ?? event.action}
                    </td>
                    <td className="py-2 pr-3 text-ink">{event.targetEmail ?? '—'}</td>
                    <td className="py-2 pr-3 text-ink-muted">
                      {event.actorEmail ??
                        (event.actorId
                          ? '—'
                          : event.action === 'password_set' ||
                              event.action === 'reset_requested' ||
                              event.action === 'sign_in_failed'
                            ? 'the account holder'
                            : 'command line')}
                    </td>
                    <td className="py-2 pr-3 font-mono text-xs text-ink-muted">{event.ip ?? '—'}</td>
                    <td className="py-2 text-ink-muted">{detailsOf(event.action, event.details)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <nav aria-label="Pages of the staff log" className="mt-4 flex items-center justify-between text-sm">
          <span className="text-ink-muted">
            Page {log.page} of {log.pages} · {log.total} events
          </span>
          <span className="flex gap-2">
            {log.page > 1 && <PageLink page={log.page - 1} label="← Newer" rel="prev" />}
            {log.page < log.pages && <PageLink page={log.page + 1} label="Older →" rel="next" />}
          </span>
        </nav>
      </section>
    </div>
  );
}
