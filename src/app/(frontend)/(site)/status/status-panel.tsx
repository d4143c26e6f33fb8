'use client';
// Polls system.health and shows each component's state.
import { api } from '@/trpc/react';
import { cn } from '@/lib/cn';
import { LoadingNotice } from '@/components/ui/loading-notice';

const LABELS = { database: 'Database', cms: 'Content management', jobs: 'Reports and emails' } as const;
const OVERALL = {
  ok: { text: 'All systems operational', tone: 'bg-emerald-50 text-emerald-800 ring-emerald-200' },
  degraded: { text: 'Partial outage: content may be out of date', tone: 'bg-amber-50 text-amber-900 ring-amber-200' },
  down: { text: 'Major outage: we are on it', tone: 'bg-red-50 text-red-800 ring-red-200' },
} as const;

export function StatusPanel() {
  const health = api.system.health.useQuery(undefined, { refetchInterval: 15_000 });

  if (health.isPending) {
    return <LoadingNotice className="mt-8 rounded-xl bg-slate-100 p-6">Checking services…</LoadingNotice>;
  }
  if (health.isError) {
    return (
      <p role="alert" className="mt-8 rounded-xl bg-red-50 p-6 text-red-800 ring-1 ring-red-200">
        The status service did not answer. Try again in a moment.
      </p>
    );
  }
  const report = health.data;
  const overall = OVERALL[report.status];
  return (
    <section aria-live="polite" className="mt-8 flex flex-col gap-4">
      <p className={cn('rounded-xl p-5 font-semibold ring-1', overall.tone)}>{overall.text}</p>
      <ul className="divide-y divide-slate-200 rounded-xl ring-1 ring-slate-200">
        {(Object.keys(LABELS) as Array<keyof typeof LABELS>).map((key) => {
          const check = report.checks[key];
          return (
            <li key={key} className="flex items-center justify-between p-5">
              <span className="font-medium text-ink">{LABELS[key]}</span>
              <span className="flex items-center gap-2 text-sm">
                <span
                  aria-hidden="true"
                  className={cn('h-2.5 w-2.5 rounded-full', check.status === 'up' ? 'bg-emerald-500' : 'bg-red-500')}
                />
                {check.status === 'up' ? `Operational · ${check.latencyMs} ms` : 'Unavailable'}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="text-sm text-ink-subtle">
        Version {report.version} · checked {new Date(report.timestamp).toLocaleTimeString()}
      </p>
    </section>
  );
}
