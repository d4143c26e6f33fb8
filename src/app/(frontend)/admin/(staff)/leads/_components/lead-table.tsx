// The lead list: a table with sortable headers on wide screens, cards on phones.
import Link from 'next/link';
import type { LeadListItem } from '@/server/leads/list';
import { KIND_LABELS, queryStringOf, SORT_LABELS, type LeadListInput, type LeadSort } from '@/server/leads/schema';
import { LeadStatusBadge, PriorityBadge } from './badges';
import { StaffTime } from '../../_components/staff-time';
import { humanise } from './format';

function SortHeader({ sort, input, className }: { sort: LeadSort; input: LeadListInput; className?: string }) {
  const active = input.order.sort === sort;
  // A new column starts with the most useful direction: A-Z for names, highest/newest first otherwise.
  const next = active ? (input.order.dir === 'asc' ? 'desc' : 'asc') : sort === 'name' ? 'asc' : 'desc';
  const href = `/admin/leads?${queryStringOf(input.filters, { sort, dir: next })}`;
  return (
    <th
      scope="col"
      aria-sort={active ? (input.order.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      className={className ?? 'px-4 py-3 font-medium'}
    >
      <Link
        href={href}
        className="inline-flex items-center gap-1 rounded hover:text-ink focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        {SORT_LABELS[sort]}
        <span aria-hidden="true">{active ? (input.order.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
        <span className="sr-only">
          {active ? `, sorted ${input.order.dir === 'asc' ? 'ascending' : 'descending'}` : ''}, sort{' '}
          {next === 'asc' ? 'ascending' : 'descending'}
        </span>
      </Link>
    </th>
  );
}

function Who({ lead }: { lead: LeadListItem }) {
  return (
    <>
      <Link href={`/admin/leads/${lead.id}`} className="font-semibold text-brand-700 hover:underline">
        {lead.name}
      </Link>
      <p className="text-xs text-ink-muted">
        {lead.email}
        {lead.company && lead.company !== lead.name ? ` · ${lead.company}` : ''}
      </p>
    </>
  );
}

export function LeadTable({ items, input }: { items: LeadListItem[]; input: LeadListInput }) {
  return (
    <>
      <div className="hidden overflow-x-auto rounded-2xl bg-white ring-1 ring-slate-200 md:block">
        <table className="w-full text-left text-sm" data-testid="lead-table">
          <caption className="sr-only">
            Leads, sorted by {SORT_LABELS[input.order.sort].toLowerCase()}{' '}
            {input.order.dir === 'asc' ? 'ascending' : 'descending'}
          </caption>
          <thead className="border-b border-slate-200 text-ink-muted">
            <tr>
              <SortHeader sort="name" input={input} />
              <th scope="col" className="px-4 py-3 font-medium">
                Kind
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Status
              </th>
              <SortHeader sort="priority" input={input} />
              <SortHeader sort="maturity_score" input={input} />
              <th scope="col" className="px-4 py-3 font-medium">
                Industry
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Source
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Owner
              </th>
              <SortHeader sort="created_at" input={input} />
            </tr>
          </thead>
          <tbody>
            {items.map((lead) => (
              <tr key={lead.id} className="border-b border-slate-100 last:border-0 hover:bg-slate-50">
                <td className="max-w-64 px-4 py-3">
                  <Who lead={lead} />
                </td>
                <td className="px-4 py-3 text-ink-muted">{KIND_LABELS[lead.kind]}</td>
                <td className="px-4 py-3">
                  <LeadStatusBadge status={lead.status} />
                </td>
                <td className="px-4 py-3">
                  <PriorityBadge score={lead.priority} band={lead.band} />
                </td>
                <td className="px-4 py-3 tabular-nums text-ink">{lead.maturityScore ?? '–'}</td>
                <td className="px-4 py-3 text-ink-muted">{humanise(lead.industry)}</td>
                <td className="px-4 py-3 text-ink-muted">{lead.source}</td>
                <td className="px-4 py-3 text-ink-muted">{lead.owner?.email ?? 'Unassigned'}</td>
                <td className="whitespace-nowrap px-4 py-3 text-ink-muted">
                  <StaffTime value={lead.createdAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="flex flex-col gap-3 md:hidden" aria-label="Leads">
        {items.map((lead) => (
          <li key={lead.id} className="flex flex-col gap-2 rounded-2xl bg-white p-4 ring-1 ring-slate-200">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <Who lead={lead} />
              </div>
              <PriorityBadge score={lead.priority} band={lead.band} />
            </div>
            <div className="flex flex-wrap items-center gap-2 text-xs text-ink-muted">
              <LeadStatusBadge status={lead.status} />
              <span>{KIND_LABELS[lead.kind]}</span>
              {lead.maturityScore !== null && <span>Score {lead.maturityScore}</span>}
              <span>{lead.source}</span>
              <span>{lead.owner?.email ?? 'Unassigned'}</span>
              <span>
                <StaffTime value={lead.createdAt} />
              </span>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
