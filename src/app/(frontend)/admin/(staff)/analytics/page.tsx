// /admin/analytics: visitors, the audit funnel, audits over time, who takes the audit and where
// visitors and leads come from, for any range of days compared with the period before it.
import type { Metadata } from 'next';
import { lastDays } from '@/domain/analytics/range';
import { dashboardRangeInput } from '@/server/analytics/schema';
import { requireStaff } from '@/server/auth/guard';
import { api } from '@/trpc/server';
import { AuditsOverTimeChart, HorizontalBars } from './_components/chart-loader';
import { DataTable } from './_components/data-table';
import { HeadlineCards, type HeadlineSpec } from './_components/headline-cards';
import { Panel } from './_components/panel';
import { RangeForm } from './_components/range-form';

export const metadata: Metadata = { title: 'Analytics · Admin' };

const HEADLINES: HeadlineSpec[] = [
  { key: 'visitors', label: 'Visitors', format: 'count' },
  { key: 'auditsStarted', label: 'Audits started', format: 'count' },
  { key: 'auditsCompleted', label: 'Audits completed', format: 'count' },
  { key: 'completionRate', label: 'Completion rate', format: 'percent' },
  { key: 'averageMaturity', label: 'Average maturity', format: 'score' },
  { key: 'leads', label: 'Leads', format: 'count' },
  { key: 'bookings', label: 'Bookings', format: 'count' },
  { key: 'downloads', label: 'PDF downloads', format: 'count' },
];

const dayFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const formatDay = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));

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
  const funnelTop = data.funnel[0]!.visitors;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight text-ink">Analytics</h1>
        <p className="mt-1 text-ink-muted" data-testid="range-summary">
          {formatDay(data.range.from)} – {formatDay(data.range.to)} (UTC), compared with{' '}
          {formatDay(data.previousRange.from)} – {formatDay(data.previousRange.to)}.
        </p>
      </div>
      <RangeForm range={data.range} now={now} error={error} />
      <HeadlineCards specs={HEADLINES} figures={h} />

      {empty ? (
        <p role="status" className="rounded-2xl bg-white p-8 text-ink-muted ring-1 ring-slate-200">
          No events in this range yet. Visits, audits and leads appear here as they happen; try a longer range.
        </p>
      ) : (
        <>
          <Panel
            id="funnel"
            title="Funnel"
            description="Distinct visitors who reached each stage in this range (visitors who declined analytics are not counted)."
          >
            <DataTable
              caption="Funnel: visitors per stage"
              rows={data.funnel}
              rowKey={(row) => row.key}
              columns={[
                { header: 'Stage', cell: (row) => row.label },
                { header: 'Visitors', numeric: true, cell: (row) => row.visitors },
                {
                  header: 'Of visitors',
                  numeric: true,
                  cell: (row) => (funnelTop ? `${Math.round((row.visitors / funnelTop) * 1000) / 10}%` : '–'),
                },
              ]}
            />
          </Panel>

          <Panel
            id="over-time"
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
                id={id}
                title={title}
                description="Audits started and completed in this range."
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
              id="maturity"
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
              id="sources"
              title="Sources and campaigns"
              description="First-touch source (utm_source, referring site or direct): visitors and leads."
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
