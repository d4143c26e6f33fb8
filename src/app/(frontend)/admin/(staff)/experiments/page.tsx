// /admin/experiments: the A/B experiments run from the CMS, with each variant's visitors,
// conversions, rate, uplift against the control (95% CI), p-value and a sample-size note.
import type { Metadata } from 'next';
import { requireStaff } from '@/server/auth/guard';
import { api } from '@/trpc/server';
import { ExperimentCard } from './_components/experiment-card';

export const metadata: Metadata = { title: 'Experiments · Admin' };

export default async function ExperimentsPage() {
  await requireStaff('analytics', '/admin/experiments');
  const results = await api.analytics.experiments();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight text-ink">Experiments</h1>
        <p className="mt-1 max-w-3xl text-ink-muted">
          Visitors are the distinct visitors shown a variant; a conversion is the experiment&apos;s goal reached after
          that. Uplift is the difference to the control in percentage points (relative change in brackets) with its 95%
          confidence interval; the p-value is a two-proportion z-test (docs/experiments.md). Create, stop and choose
          winners in the{' '}
          <a className="font-medium text-brand-700 underline" href="/cms/collections/experiments">
            CMS
          </a>
          .
        </p>
      </div>
      {results.length === 0 ? (
        <p role="status" className="rounded-2xl bg-white p-8 text-ink-muted ring-1 ring-slate-200">
          No experiment is running or stopped yet. Drafts appear here once they run.
        </p>
      ) : (
        results.map((result) => <ExperimentCard key={result.experiment.id} result={result} />)
      )}
    </div>
  );
}
