// Staff: what to do next with audits, contact inquiries and consultation bookings, soonest first,
// each linked to its lead page.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaff } from '@/server/auth/guard';
import { api } from '@/trpc/server';
import { EmptyCard } from '../_components/admin-card';
import { PageHeader } from '../_components/page-header';
import { StaffText, StaffTime } from '../_components/staff-time';
import { CompleteButton } from './_components/complete-button';

export const metadata: Metadata = { title: 'Follow-ups' };

const ACTIONS: Record<string, string> = {
  call: 'Call',
  email: 'Email',
  send_proposal: 'Send a proposal',
  consultation: 'Consultation',
  meeting: 'Meeting',
};

export default async function FollowUpsPage() {
  await requireStaff('leads', '/admin/follow-ups');
  const followUps = await api.leads.openFollowUps();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Follow-ups"
        description="Open actions on audits, contact inquiries and consultation bookings, soonest first. Times are in your time zone (Settings)."
      />
      {followUps.length === 0 ? (
        <EmptyCard>Nothing to follow up. Well done.</EmptyCard>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="follow-ups">
          {followUps.map((f) => {
            return (
              <li
                key={f.id}
                className="flex flex-col gap-3 rounded-2xl bg-white p-5 ring-1 ring-slate-200 sm:flex-row sm:items-start sm:justify-between"
              >
                <div className="flex min-w-0 flex-col gap-1">
                  <p className="text-sm font-semibold text-brand-700">
                    {ACTIONS[f.actionType] ?? f.actionType} ·{' '}
                    <span data-testid="follow-up-when">
                      <StaffTime value={f.scheduledAt} kind="appointment" fallback="No date" />
                    </span>
                    {f.overdue && (
                      <span className="ml-2 rounded bg-red-50 px-1.5 py-0.5 text-xs text-red-700">overdue</span>
                    )}
                  </p>
                  <p className="font-semibold text-ink">
                    {f.lead.leadId ? (
                      <Link href={`/admin/leads/${f.lead.leadId}`} className="text-brand-700 hover:underline">
                        {f.lead.name}
                      </Link>
                    ) : (
                      f.lead.name
                    )}
                    {f.lead.company && f.lead.company !== f.lead.name ? ` · ${f.lead.company}` : ''}{' '}
                    <a href={`mailto:${f.lead.email}`} className="font-normal text-brand-700 underline">
                      {f.lead.email}
                    </a>
                  </p>
                  <p className="text-sm text-ink-muted">
                    <StaffText
                      text={f.lead.kind === 'inquiry' ? `Inquiry: ${f.lead.detail.slice(0, 240)}` : f.lead.detail}
                    />
                  </p>
                  <p className="text-xs text-ink-subtle">Owner: {f.lead.owner ?? 'unassigned'}</p>
                  {f.notes && (
                    <p className="text-sm text-ink-subtle" data-testid="follow-up-notes">
                      <StaffText text={f.notes} />
                    </p>
                  )}
                </div>
                <CompleteButton id={f.id} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
