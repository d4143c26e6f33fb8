// One experiment's results: a table of its variants against the control, and the notes that
// say what the figures can and cannot tell yet.
import { GOAL_LABELS, SURFACE_LABELS } from '@/domain/experiments/types';
import type { ExperimentResults } from '@/server/experiments/results';
import { formatCount, formatPoints, formatPValue, formatRate } from './format';

const PHASE_LABELS = { off: 'Scheduled', running: 'Running', concluded: 'Stopped' } as const;
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

function Uplift({ row }: { row: ExperimentResults['variants'][number] }) {
  if (!row.uplift) return <span className="text-ink-subtle">–</span>;
  const { absolute, low, high, relative } = row.uplift;
  return (
    <span>
      {formatPoints(absolute)}
      {relative !== null && <span className="text-ink-muted"> ({formatPoints(relative).replace(' pts', '%')})</span>}
      <span className="block text-xs text-ink-muted">
        95% CI {formatPoints(low)} to {formatPoints(high)}
      </span>
    </span>
  );
}

export function ExperimentCard({ result }: { result: ExperimentResults }) {
  const { experiment, phase, variants, sampleSize } = result;
  const headingId = `experiment-${experiment.id}`;
  return (
    <section
      aria-labelledby={headingId}
      data-experiment-id={experiment.id}
      className="rounded-2xl bg-white p-4 ring-1 ring-slate-200 sm:p-6"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold text-ink">
          {experiment.name}
        </h2>
        <span className="rounded-full bg-slate-100 px-3 py-1 text-xs font-semibold text-ink-muted">
          {PHASE_LABELS[phase]}
          {experiment.audience === 'test-link' ? ' · test link' : ''}
        </span>
      </div>
      <p className="mt-1 text-sm text-ink-muted">
        {SURFACE_LABELS[experiment.surface]} · goal: {GOAL_LABELS[experiment.goal]}
        {experiment.startAt && ` · from ${dateFormat.format(experiment.startAt)} UTC`}
        {experiment.stopAt && ` · stopped ${dateFormat.format(experiment.stopAt)} UTC`}
        {phase === 'concluded' &&
          (experiment.chosenVariant
            ? ` · everyone now sees "${experiment.chosenVariant}"`
            : ' · everyone now sees the default text')}
      </p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{experiment.name}: results per variant</caption>
          <thead className="border-b border-slate-200 text-ink-muted">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Variant
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Visitors
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Conversions
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Rate
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Uplift vs control
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                p-value
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {variants.map((row, index) => (
              <tr key={row.key} data-variant={row.key}>
                <th scope="row" className="px-3 py-2 font-normal text-ink">
                  {row.label} <span className="text-ink-subtle">({row.key})</span>
                  {index === 0 && <span className="block text-xs text-ink-muted">control</span>}
                </th>
                <td className="px-3 py-2 text-right tabular-nums" data-column="visitors">
                  {formatCount(row.visitors)}
                </td>
                <td className="px-3 py-2 text-right tabular-nums" data-column="conversions">
                  {formatCount(row.conversions)}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{formatRate(row.rate)}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  <Uplift row={row} />
                </td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {row.test ? (
                    <span className={row.test.pValue < 0.05 ? 'font-semibold text-accent-700' : undefined}>
                      {formatPValue(row.test.pValue)}
                    </span>
                  ) : (
                    <span className="text-ink-subtle">–</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-sm text-ink-muted" data-testid="sample-size-note">
        {sampleSize.perVariant !== null
          ? `To detect a ${formatRate(sampleSize.lift)} relative change from the control's ${formatRate(sampleSize.baseline)} (5% significance, 80% power), each variant needs about ${formatCount(sampleSize.perVariant)} visitors.`
          : 'Sample size: not known until the control has visitors and some, but not all, of them convert.'}
      </p>
    </section>
  );
}
