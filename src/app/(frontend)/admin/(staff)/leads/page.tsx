// /admin/leads: every audit, contact inquiry and booking in one list, filtered by the query
// string (so filters, sort and pages work without JavaScript and can be shared as links).
import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { requireStaff } from '@/server/auth/guard';
import { listRequestOf, parseListQuery, queryStringOf } from '@/server/leads/schema';
import { api } from '@/trpc/server';
import { LeadFilters } from './_components/lead-filters';
import { LeadTable } from './_components/lead-table';
import { DeniedNotice } from '../_components/denied-notice';

export const metadata: Metadata = { title: 'Leads · Admin' };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function LeadsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff('leads', '/admin/leads');
  const params = await searchParams;
  const { input, errors } = parseListQuery(params);
  const [list, options, staff] = await Promise.all([
    api.leads.list(input),
    api.leads.filterOptions(),
    api.leads.staff(),
  ]);
  const filtered = Object.keys(input.filters).length > 0;
  const order = { sort: input.order.sort, dir: input.order.dir };
  const pageLink = (page: number) =>
    `/admin/leads?${queryStringOf(input.filters, { ...order, page: page === 1 ? undefined : page })}`;
  const exportHref = `/api/admin/leads/export.csv?${queryStringOf(input.filters, order)}`;

  return (
    <div className="flex flex-col gap-6">
      <DeniedNotice denied={params.denied} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-3xl font-bold tracking-tight text-ink">Leads</h1>
          <p className="mt-1 text-ink-muted" aria-live="polite">
            {list.total.toLocaleString('en-GB')} lead{list.total === 1 ? '' : 's'}
            {filtered
              ? ` ${list.total === 1 ? 'matches' : 'match'} these filters`
              : ': audits, contact inquiries and consultation bookings'}
            .
          </p>
        </div>
        <a href={exportHref} className={buttonClasses('secondary')} download>
          Export CSV
        </a>
      </div>
      <LeadFilters input={input} raw={listRequestOf(params).filters} errors={errors} options={options} staff={staff} />
      {list.items.length === 0 ? (
        <div className="rounded-2xl bg-white p-8 text-ink-muted ring-1 ring-slate-200">
          {filtered ? (
            <p>
              No leads match these filters.{' '}
              <Link href="/admin/leads" className="font-medium text-brand-700 underline">
                Clear the filters
              </Link>
            </p>
          ) : (
            <p>No leads yet. They appear here when visitors complete an audit, write to us or book a consultation.</p>
          )}
        </div>
      ) : (
        <LeadTable items={list.items} input={input} />
      )}
      <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-sm text-ink-muted">
        <span>
          Page {list.page} of {list.pageCount}
        </span>
        <span className="flex gap-3">
          {list.page > 1 && (
            <Link href={pageLink(list.page - 1)} className="font-medium text-brand-700 hover:underline" rel="prev">
              ← Previous
            </Link>
          )}
          {list.page < list.pageCount && (
            <Link href={pageLink(list.page + 1)} className="font-medium text-brand-700 hover:underline" rel="next">
              Next →
            </Link>
          )}
        </span>
      </nav>
    </div>
  );
}
