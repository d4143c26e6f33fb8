// The ROI forecast as conservative and expected figures, with the assumptions behind them.
import type { RoiForecast } from '@/domain/roi/forecast';
import { hours, money, months } from './format';

export function RoiSummary({ roi }: { roi: RoiForecast }) {
  const rows: Array<[string, (s: 'conservative' | 'expected') => string]> = [
    ['Annual savings', (s) => money(roi.annualSavings[s], roi.currency)],
    ['Hours saved per year', (s) => hours(roi.annualHoursSaved[s])],
    ['Implementation cost', (s) => money(roi.implementationCost[s], roi.currency)],
    ['Payback', (s) => months(roi.paybackMonths[s])],
    ['Efficiency gain on these processes', (s) => `${roi.efficiencyPercent[s]}%`],
    ['3-year ROI', (s) => `${roi.threeYearRoiPercent[s]}%`],
  ];
  return (
    <div className="flex flex-col gap-4">
      <div className="overflow-x-auto">
        <table className="w-full min-w-[28rem] text-left text-sm">
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
                <th scope="row" className="py-2.5 font-medium text-ink">
                  {label}
                </th>
                <td className="py-2.5 text-ink-muted">{value('conservative')}</td>
                <td className="py-2.5 font-semibold text-ink">{value('expected')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="rounded-xl bg-slate-50 p-4 text-sm">
        <summary className="cursor-pointer font-semibold text-ink">Assumptions behind these figures</summary>
        <ul className="mt-3 flex flex-col gap-1.5 text-ink-muted">
          {roi.processes.map((process) => (
            <li key={process.name}>
              {process.name}: about {process.weeklyHours} hours a week today
            </li>
          ))}
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
