// Each dimension's score as a bar, with the industry benchmark marked on it.
import type { AuditResults } from '@/server/audit/results';

type Radar = NonNullable<AuditResults['visualData']>['radar'];

export function DimensionBars({ radar, industry }: { radar: Radar; industry: string }) {
  return (
    <ul className="flex flex-col gap-4" aria-label={`Scores by dimension, against the ${industry} benchmark`}>
      {radar.map((point) => (
        <li key={point.dimension} className="flex flex-col gap-1.5">
          <div className="flex items-baseline justify-between gap-4 text-sm">
            <span className="font-medium text-ink">{point.label}</span>
            <span className="text-ink-muted">
              {point.score === null ? (
                'not assessed'
              ) : (
                <>
                  {point.estimated && 'estimated '}
                  <strong className="text-ink">{point.score}</strong>/100
                </>
              )}{' '}
              · benchmark {point.benchmark}
            </span>
          </div>
          <div className="relative h-3 rounded-full bg-slate-200" aria-hidden="true">
            <div
              className={`h-full rounded-full ${point.estimated ? 'bg-brand-300' : 'bg-brand-600'}`}
              style={{ width: `${point.score ?? 0}%` }}
            />
            <div
              className="absolute -top-1 h-5 w-0.5 bg-ink"
              style={{ left: `${point.benchmark}%` }}
              title="Industry benchmark"
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
