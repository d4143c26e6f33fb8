// One recommendation: what to do, why (in the visitor's own words), and the first step.
// Fields may still be missing while a model writes the card.
import type { PartialRecommendation } from '@/server/ai/generate';

const LEVEL = { high: 'High', medium: 'Medium', low: 'Low' } as const;

export function RecommendationCard({
  recommendation,
  index,
  writing = false,
}: {
  recommendation: PartialRecommendation;
  index: number;
  writing?: boolean;
}) {
  const { impact, effort, timeframe, kpis, firstStep } = recommendation;
  return (
    <article
      aria-busy={writing}
      className="flex flex-col gap-3 rounded-2xl border border-slate-200 bg-white p-5 sm:p-6"
    >
      <div className="flex items-start gap-3">
        <span
          aria-hidden="true"
          className="flex h-8 w-8 flex-none items-center justify-center rounded-lg bg-brand-600 text-sm font-bold text-white"
        >
          {index + 1}
        </span>
        <h3 className="text-lg font-semibold text-ink">{recommendation.title}</h3>
      </div>
      <p className="text-ink-muted">
        {recommendation.rationale}
        {writing && (
          <span aria-hidden="true" className="ml-0.5 inline-block h-4 w-1.5 animate-pulse bg-brand-500 align-middle" />
        )}
      </p>
      {impact && effort && timeframe && (
        <dl className="grid grid-cols-3 gap-2 text-sm">
          <div className="rounded-lg bg-slate-50 p-2">
            <dt className="text-ink-subtle">Impact</dt>
            <dd className="font-semibold text-ink">{LEVEL[impact]}</dd>
          </div>
          <div className="rounded-lg bg-slate-50 p-2">
            <dt className="text-ink-subtle">Effort</dt>
            <dd className="font-semibold text-ink">{LEVEL[effort]}</dd>
          </div>
          <div className="rounded-lg bg-slate-50 p-2">
            <dt className="text-ink-subtle">Timeframe</dt>
            <dd className="font-semibold text-ink">{timeframe}</dd>
          </div>
        </dl>
      )}
      {kpis && kpis.length > 0 && <p className="text-sm text-ink-muted">KPIs it moves: {kpis.join(', ')}</p>}
      {firstStep && (
        <p className="rounded-lg border-l-4 border-accent-500 bg-accent-400/10 px-3 py-2 text-sm text-ink">
          <strong>First step:</strong> {firstStep}
        </p>
      )}
    </article>
  );
}
