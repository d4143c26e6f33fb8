// The ROI forecast as conservative and expected figures, with the assumptions behind them: a
// table on wide screens, one card per figure on phones (a three-column table does not fit).
import type { RoiForecast } from '@/domain/roi/forecast';
import { formatHours as hours, formatMoney as money, formatMonths as months } from '@/domain/format';

type Scenario = 'conservative' | 'expected';

export function RoiSummary({ roi }: { roi: RoiForecast }) {
  const rows: Array<[string, (s: Scenario) => string]> = [
    ['Annual savings', (s) => money(roi.annualSavings[s], roi.currency)],
    ['Hours saved per year', (s) => hours(roi.annualHoursSaved[s])],
    ['Implementation cost', (s) => money(roi.implementationCost[s], roi.currency)],
    ['Payback', (s) => months(roi.paybackMonths[s])],
    ['Efficiency gain on these processes', (s) => `${roi.efficiencyPercent[s]}%`],
    ['3-year ROI', (s) => `${roi.threeYearRoiPercent[s]}%`],
  ];
  return (
    <div className="flex flex-col gap-4" data-testid="roi-summary">
      <dl className="grid gap-3 sm:hidden" aria-label="ROI forecast, expected and conservative">
        {rows.map(([label, value]) => (
          <div key={label} className="rounded-xl bg-slate-50 px-4 py-3 ring-1 ring-slate-200">
            <dt className="text-sm font-medium text-ink">{label}</dt>
            <dd className="mt-1 flex flex-col gap-0.5">
              <span>
                <span className="sr-only">Expected: </span>
                <strong className="text-lg font-semibold text-ink" data-testid="roi-expected">
                  {value('expected')}
                </strong>{' '}
                <span className="text-xs text-ink-subtle" aria-hidden="true">
                  expected
                </span>
              </span>
              <span className="text-sm text-ink-muted">
                conservative <span className="font-medium text-ink">{value('conservative')}</span>
              </span>
            </dd>
          </div>
        ))}
      </dl>
      <table className="hidden w-full text-left text-sm sm:table">
        <caption className="sr-only">ROI forecast, conservative and expected</caption>
        <thead>
          <tr className="border-b border-slate-200 text-ink-subtle">
            <th scope="col" className="py-2 font-medium">
              Figure
            </th>
            <th scope="col" className="py-2 font-medium">
              Conservative
            </th>
            <th scope="col" className="py-2 font-medium">
              Expected
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row" className="py-2.5 pr-4 font-medium text-ink">
                {label}
              </th>
              <td className="py-2.5 pr-4 text-ink-muted">{value('conservative')}</td>
              <td className="py-2.5 font-semibold text-ink" data-testid="roi-expected">
                {value('expected')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {roi.processes.length > 0 && (
        <ul className="flex flex-col gap-1.5 text-sm text-ink-muted" aria-label="Hours a week behind the forecast">
          {roi.processes.map((process) => (
            <li
              key={process.name}
              data-testid="roi-process-hours"
              data-estimated={process.estimated ? 'true' : 'false'}
            >
              <span className="text-ink">{process.name}</span>: about {process.weeklyHours} hours a week today{' '}
              {process.estimated ? (
                <span className="rounded bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-900">
                  estimated: typical for your company size
                </span>
              ) : (
                <span className="rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-900">
                  your figure
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <details className="rounded-xl bg-slate-50 p-4 text-sm">
        <summary className="cursor-pointer font-semibold text-ink">Assumptions behind these figures</summary>
        <ul className="mt-3 flex flex-col gap-1.5 break-words text-ink-muted">
          {roi.assumptions.map((assumption) => (
            <li key={assumption.key}>
              {assumption.label}: <span className="text-ink">{assumption.value}</span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
