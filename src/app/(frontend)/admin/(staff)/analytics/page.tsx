// /admin/analytics: visitors, the audit funnel, audits over time, who takes the audit and where
// visitors and leads come from, for any range of days compared with the period before it.
import type { Metadata } from 'next';
import { lastDays } from '@/domain/analytics/range';
import { dashboardRangeInput } from '@/server/analytics/schema';
import { requireStaff } from '@/server/auth/guard';
import { api } from '@/trpc/server';
import { AuditsOverTimeChart, HorizontalBars } from './_components/chart-loader';
import { formatDay } from '@/domain/format/dates';
import { AdminCard as Panel, EmptyCard } from '../_components/admin-card';
import { DataTable } from '../_components/data-table';
import { PageHeader } from '../_components/page-header';
import { HeadlineCards, type HeadlineSpec } from './_components/headline-cards';
import { RangeForm } from './_components/range-form';
import { Reconciliation, SOURCE_LABELS } from './_components/reconciliation';

export const metadata: Metadata = { title: 'Analytics · Admin' };

const HEADLINES: HeadlineSpec[] = [
  { key: 'visitors', label: 'Visitors', format: 'count', source: 'counted visits' },
  { key: 'auditsStarted', label: 'Audits started', format: 'count', source: 'records' },
  { key: 'auditsCompleted', label: 'Audits completed', format: 'count', source: 'records' },
  { key: 'completionRate', label: 'Completion rate', format: 'percent', source: 'records' },
  { key: 'averageMaturity', label: 'Average maturity', format: 'score', source: 'records' },
  { key: 'leads', label: 'Leads', format: 'count', source: 'records' },
  { key: 'bookings', label: 'Bookings', format: 'count', source: 'records' },
  { key: 'downloads', label: 'PDF downloads', format: 'count', source: 'records' },
];

function rangeFrom(params: Record<string, string | string[] | undefined>, now: Date) {
  if (params.from === undefined && params.to === undefined) return { range: lastDays(now, 30) };
  const parsed = dashboardRangeInput.safeParse({ from: params.from, to: params.to });
  if (parsed.success) return { range: parsed.data };
  return { range: lastDays(now, 30), error: parsed.error.issues[0]?.message ?? 'That range is not valid.' };
}

export default async function AnalyticsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff('analytics', '/admin/analytics');
  const now = new Date();
  const { range, error } = rangeFrom(await searchParams, now);
  const data = await api.analytics.dashboard(range);
  const h = data.headline;
  const empty = ['visitors', 'auditsStarted', 'leads', 'bookings', 'downloads'].every((key) => h[key]!.current === 0);
  const started = data.reconciliation.auditsStarted;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Analytics">
        <p className="mt-1 text-ink-muted" data-testid="range-summary">
          {formatDay(data.range.from)} – {formatDay(data.range.to)} (UTC), compared with{' '}
          {formatDay(data.previousRange.from)} – {formatDay(data.previousRange.to)}.
        </p>
      </PageHeader>
      <RangeForm range={data.range} now={now} error={error} />
      <HeadlineCards specs={HEADLINES} figures={h} />
      <p className="text-xs text-ink-subtle" data-testid="figure-sources">
        <strong>Records</strong>: {SOURCE_LABELS.records}. <strong>Counted visits</strong>:{' '}
        {SOURCE_LABELS['counted visits']}.
      </p>

      {empty ? (
        <EmptyCard>
          No events in this range yet. Visits, audits and leads appear here as they happen; try a longer range.
        </EmptyCard>
      ) : (
        <>
          <Panel
            titleId="funnel-title"
            title="Funnel"
            description="The visit stage counts visitors; every audit stage follows the audits started in this range through their records (each stage is part of the one before)."
          >
            <Reconciliation figures={data.reconciliation} />
            <DataTable
              caption="Funnel: audits per stage, and where each figure comes from"
              rows={data.funnel}
              rowKey={(row) => row.key}
              testId="funnel"
              columns={[
                { header: 'Stage', cell: (row) => row.label },
                {
                  header: 'Count',
                  numeric: true,
                  cell: (row) => `${row.count} ${row.count === 1 ? row.unit.replace(/s$/, '') : row.unit}`,
                },
                {
                  header: 'Of audits started',
                  numeric: true,
                  cell: (row) =>
                    row.unit !== 'audits' ? '–' : started ? `${Math.round((row.count / started) * 1000) / 10}%` : '–',
                },
                { header: 'Source', cell: (row) => row.source },
              ]}
            />
          </Panel>

          <Panel
            titleId="over-time-title"
            title="Audits over time"
            description="Audits started per day, and how many of them were completed (UTC days)."
            details={
              <DataTable
                caption="Audits started and completed per day"
                rows={data.auditsOverTime}
                rowKey={(row) => row.day}
                columns={[
                  { header: 'Day', cell: (row) => row.day },
                  { header: 'Started', numeric: true, cell: (row) => row.started },
                  { header: 'Completed', numeric: true, cell: (row) => row.completed },
                ]}
              />
            }
          >
            <AuditsOverTimeChart data={data.auditsOverTime} />
          </Panel>

          <div className="grid gap-6 lg:grid-cols-2">
            {(
              [
                ['industry', 'By industry', data.industries],
                ['company-size', 'By company size', data.companySizes],
              ] as const
            ).map(([id, title, rows]) => (
              <Panel
                key={id}
                titleId={`${id}-title`}
                title={title}
                description={
                  id === 'industry'
                    ? 'Audits started and completed in this range (records). Own words go under the industry they match.'
                    : 'Audits started and completed in this range (records).'
                }
                details={
                  <DataTable
                    caption={`Audits ${title.toLowerCase()}`}
                    rows={[...rows]}
                    rowKey={(row) => row.key}
                    columns={[
                      {
                        header: title.replace('By ', '').replace(/^./, (c) => c.toUpperCase()),
                        cell: (row) => row.label,
                      },
                      { header: 'Started', numeric: true, cell: (row) => row.started },
                      { header: 'Completed', numeric: true, cell: (row) => row.completed },
                    ]}
                  />
                }
              >
                {rows.length ? (
                  <HorizontalBars
                    testId={`chart-${id}`}
                    data={rows.map((row) => ({ label: row.label, started: row.started, completed: row.completed }))}
                    series={[
                      { key: 'started', name: 'Started' },
                      { key: 'completed', name: 'Completed' },
                    ]}
                  />
                ) : (
                  <p className="text-sm text-ink-muted">No audits in this range.</p>
                )}
              </Panel>
            ))}

            <Panel
              titleId="maturity-title"
              title="Maturity distribution"
              description={`Completed audits by maturity score. Average ${h.averageMaturity!.current ?? '–'}.`}
              details={
                <DataTable
                  caption="Completed audits per maturity score band"
                  rows={data.maturity}
                  rowKey={(row) => row.label}
                  columns={[
                    { header: 'Score', cell: (row) => row.label },
                    { header: 'Audits', numeric: true, cell: (row) => row.audits },
                  ]}
                />
              }
            >
              <HorizontalBars
                testId="chart-maturity"
                data={data.maturity.map((row) => ({ label: row.label, audits: row.audits }))}
                series={[{ key: 'audits', name: 'Audits' }]}
              />
            </Panel>

            <Panel
              titleId="sources-title"
              title="Sources and campaigns"
              description="First-touch source (utm_source, referring site or direct): visitors (counted visits) and leads (records)."
            >
              {data.sources.length ? (
                <HorizontalBars
                  testId="chart-sources"
                  data={data.sources
                    .slice(0, 10)
                    .map((row) => ({ label: row.key, visitors: row.visitors, leads: row.leads }))}
                  series={[
                    { key: 'visitors', name: 'Visitors' },
                    { key: 'leads', name: 'Leads' },
                  ]}
                />
              ) : null}
              <div className="mt-4 flex flex-col gap-4">
                {(
                  [
                    ['Source', data.sources],
                    ['Campaign', data.campaigns],
                  ] as const
                ).map(([label, rows]) =>
                  rows.length ? (
                    <DataTable
                      key={label}
                      captionVisible
                      caption={`${label}s`}
                      rows={[...rows]}
                      rowKey={(row) => row.key}
                      columns={[
                        { header: label, cell: (row) => row.key },
                        { header: 'Visitors', numeric: true, cell: (row) => row.visitors },
                        { header: 'Leads', numeric: true, cell: (row) => row.leads },
                      ]}
                    />
                  ) : (
                    <p key={label} className="text-sm text-ink-muted">
                      No {label.toLowerCase()}s in this range.
                    </p>
                  ),
                )}
              </div>
            </Panel>
          </div>
        </>
      )}
    </div>
  );
}
