// /admin/leads/[id]: one lead: who and where from, status and owner, priority explained, the
// audit, emails, bookings, follow-ups and the timeline of everything that happened.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { requireStaff } from '@/server/auth/guard';
import { can } from '@/server/auth/roles';
import { FOLLOW_UP_LABELS, KIND_LABELS, leadIdInput } from '@/server/leads/schema';
import { api } from '@/trpc/server';
import { LeadStatusBadge, PriorityBadge } from '../_components/badges';
import { formatMoneyOrDash } from '@/domain/format';
import { AdminCard } from '../../_components/admin-card';
import { StaffText, StaffTime } from '../../_components/staff-time';
import { humanise } from '../_components/format';
import { AuditSection } from './_components/audit-section';
import { FollowUpActions, ScheduleFollowUp } from './_components/follow-ups';
import { OwnerSelect, StatusPipeline } from './_components/lead-controls';
import { NoteForm } from './_components/note-form';
import { PrivacyActions } from './_components/privacy-actions';

export const metadata: Metadata = { title: 'Lead · Admin' };

function Card({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <AdminCard title={title} titleId={id} bodyClassName="flex flex-col gap-4">
      {children}
    </AdminCard>
  );
}

async function load(id: string) {
  try {
    return await api.leads.get({ id });
  } catch (error) {
    if ((error as { code?: string }).code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export default async function LeadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await requireStaff('leads', `/admin/leads/${id}`);
  if (!leadIdInput.safeParse({ id }).success) notFound();
  const [page, staff] = await Promise.all([load(id), api.leads.staff()]);
  const { lead, priority } = page;
  const facts: Array<[string, ReactNode]> = [
    ['Kind', KIND_LABELS[lead.kind as keyof typeof KIND_LABELS] ?? lead.kind],
    ['Received', <StaffTime key="received" value={lead.createdAt} />],
    [
      'Email',
      <a key="email" href={`mailto:${lead.email}`} className="text-brand-700 underline">
        {lead.email}
      </a>,
    ],
    ['Company', lead.company ?? '–'],
    ['Industry', humanise(lead.industry)],
    ['Company size', lead.companySize ?? '–'],
    ['Maturity score', lead.maturityScore === null ? '–' : `${lead.maturityScore}/100`],
    ['Expected savings / year', formatMoneyOrDash(lead.roiAnnualValue, 'EUR')],
    ['Source', lead.campaign ? `${lead.source} · ${lead.campaign}` : lead.source],
  ];

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Link href="/admin/leads" className="text-sm font-medium text-brand-700 hover:underline">
          ← All leads
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight text-ink">{lead.name}</h1>
          <LeadStatusBadge status={lead.status} />
          <PriorityBadge score={lead.priority} band={priority.band} />
        </div>
        <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt className="text-ink-muted">{term}</dt>
              <dd className="font-medium text-ink">{value}</dd>
            </div>
          ))}
        </dl>
      </div>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-6">
          {page.inquiry && (
            <Card title="Their message" id="inquiry">
              <p className="text-sm text-ink-muted">Topic: {humanise(page.inquiry.inquiryType)}</p>
              <p className="whitespace-pre-wrap text-ink">{page.inquiry.message}</p>
            </Card>
          )}
          {page.booking && (
            <Card title="Consultation" id="booking">
              <p className="text-ink">
                {page.booking.status === 'cancelled' ? 'Cancelled: ' : ''}
                <StaffTime value={page.booking.startsAt} kind="appointment" /> (their time zone: {page.booking.timeZone}
                )
              </p>
              {page.booking.notes && (
                <p className="whitespace-pre-wrap text-sm text-ink-muted">
                  <StaffText text={page.booking.notes} />
                </p>
              )}
            </Card>
          )}
          {page.audit && (
            <Card title={lead.kind === 'audit' ? 'Audit' : 'Linked audit'} id="audit">
              <AuditSection audit={page.audit} />
            </Card>
          )}
          <Card title="Emails sent" id="emails">
            {page.emails.length === 0 ? (
              <p className="text-sm text-ink-muted">No emails to this lead yet.</p>
            ) : (
              <ul className="flex flex-col divide-y divide-slate-100 text-sm">
                {page.emails.map((email) => (
                  <li key={email.id} className="flex flex-col gap-0.5 py-2">
                    <Link href={`/admin/outbox/${email.id}`} className="font-medium text-brand-700 hover:underline">
                      {email.subject}
                    </Link>
                    <span className="text-ink-muted">
                      {email.toAddress} · {email.status} · <StaffTime value={email.createdAt} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Bookings" id="bookings">
            {page.bookings.length === 0 ? (
              <p className="text-sm text-ink-muted">No consultation booked by this audit or address.</p>
            ) : (
              <ul className="flex flex-col divide-y divide-slate-100 text-sm">
                {page.bookings.map((b) => (
                  <li key={b.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span className="text-ink">
                      <StaffTime value={b.startsAt} /> · {b.status}
                    </span>
                    {b.leadId && b.leadId !== lead.id && (
                      <Link href={`/admin/leads/${b.leadId}`} className="font-medium text-brand-700 hover:underline">
                        Booking lead
                      </Link>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Timeline" id="timeline">
            <ol className="flex flex-col gap-3 border-l-2 border-slate-200 pl-4" data-testid="timeline">
              {page.timeline.map((entry, index) => (
                <li key={`${entry.kind}-${index}`} className="flex flex-col gap-0.5 text-sm">
                  <span className="text-xs text-ink-muted">
                    <StaffTime value={entry.at} />
                    {entry.actor ? ` · ${entry.actor}` : ''}
                  </span>
                  {entry.href ? (
                    <Link href={entry.href} className="font-medium text-brand-700 hover:underline">
                      <StaffText text={entry.title} />
                    </Link>
                  ) : (
                    <span className="font-medium text-ink">
                      <StaffText text={entry.title} />
                    </span>
                  )}
                  {entry.detail && (
                    <span className="whitespace-pre-wrap text-ink-muted">
                      <StaffText text={entry.detail} />
                    </span>
                  )}
                </li>
              ))}
            </ol>
          </Card>
        </div>

        <aside className="flex flex-col gap-6" aria-label="Work on this lead">
          <Card title="Pipeline" id="pipeline">
            <StatusPipeline leadId={lead.id} status={lead.status} />
            <OwnerSelect leadId={lead.id} ownerId={lead.owner?.id ?? null} staff={staff} />
          </Card>
          <Card title={`Priority ${lead.priority}`} id="priority">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">How the priority is computed: points per factor</caption>
              <thead className="text-ink-muted">
                <tr>
                  <th scope="col" className="py-1 font-medium">
                    Factor
                  </th>
                  <th scope="col" className="py-1 text-right font-medium">
                    Points
                  </th>
                </tr>
              </thead>
              <tbody>
                {priority.factors.map((f) => (
                  <tr key={f.key} className="border-t border-slate-100 align-top">
                    <th scope="row" className="py-1.5 pr-2 font-normal">
                      <span className="font-medium text-ink">{f.label}</span>
                      <span className="block text-xs text-ink-muted">{f.detail}</span>
                    </th>
                    <td className="whitespace-nowrap py-1.5 text-right tabular-nums text-ink">
                      {f.points} / {f.weight}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {priority.score !== lead.priority && (
              <p className="text-xs text-ink-muted">Now {priority.score}: the facts changed since it was stored.</p>
            )}
          </Card>
          <Card title="Follow-ups" id="follow-ups">
            <ScheduleFollowUp leadId={lead.id} />
            {page.followUps.length === 0 ? (
              <p className="text-sm text-ink-muted">No follow-ups yet.</p>
            ) : (
              <ul className="flex flex-col gap-3" data-testid="lead-follow-ups">
                {page.followUps.map((f) => (
                  <li
                    key={f.id}
                    className="flex flex-col gap-2 rounded-xl bg-slate-50 p-3 text-sm ring-1 ring-slate-200"
                  >
                    <p className="font-semibold text-ink">
                      {FOLLOW_UP_LABELS[f.actionType as keyof typeof FOLLOW_UP_LABELS] ?? humanise(f.actionType)}
                      {f.scheduledAt ? ` · $<StaffTime value={f.scheduledAt} />` : ''}
                      <span className="ml-2 text-xs font-medium text-ink-muted">
                        {f.completedAt ? (
                          <>
                            Done <StaffTime value={f.completedAt} />
                          </>
                        ) : (
                          'Open'
                        )}
                      </span>
                    </p>
                    {f.notes && (
                      <p className="whitespace-pre-wrap text-ink-muted">
                        <StaffText text={f.notes} />
                      </p>
                    )}
                    {f.outcome && <p className="text-ink">Outcome: {f.outcome}</p>}
                    <FollowUpActions id={f.id} open={!f.completedAt} />
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Notes" id="notes">
            <NoteForm leadId={lead.id} />
          </Card>
          {can(session.user.role, 'privacy') && (
            <Card title="Data rights" id="data-rights">
              <PrivacyActions leadId={lead.id} email={lead.email} />
            </Card>
          )}
        </aside>
      </div>
    </div>
  );
}
