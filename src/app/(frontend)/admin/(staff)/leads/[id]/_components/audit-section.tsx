// The audit behind a lead: the visitor's answers and the engine's results (scores, ROI and
// recommendations), as staff read them; the public results page is one link away.
import type { LeadPage } from '@/server/leads/detail';
import { formatMoney as money, formatMonths } from '@/domain/format';

type Audit = NonNullable<LeadPage['audit']>;

const list = (items: string[]) => (items.length ? items.join(', ') : '–');

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`audit-${title}`} className="flex flex-col gap-3">
      <h3 id={`audit-${title}`} className="text-lg font-semibold text-ink">
        {title}
      </h3>
      {children}
    </section>
  );
}

export function AuditSection({ audit }: { audit: Audit }) {
  const { auditData: data, analysis } = audit;
  const roi = analysis?.roiForecast;
  return (
    <div className="flex flex-col gap-6">
      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        {(
          [
            ['Industry', data.industry],
            ['Company size', `${data.companySize}${data.employeeCount ? ` (${data.employeeCount} employees)` : ''}`],
            ['Pain points', list(data.painPoints)],
            ['Systems', list(data.currentSystems)],
            ['KPIs', list(data.kpis)],
            ['Phone', audit.phone ?? '–'],
          ] as const
        ).map(([term, value]) => (
          <div key={term}>
            <dt className="font-medium text-ink-muted">{term}</dt>
            <dd className="text-ink">{value}</dd>
          </div>
        ))}
      </dl>
      {analysis && (
        <Section title="Results">
          <p className="text-ink">
            Maturity <strong className="tabular-nums">{analysis.maturityScore}/100</strong> · {analysis.tier}
            {' · '}
            <a href={`/audit/results/${data.id}`} className="font-medium text-brand-700 underline">
              Public results page
            </a>
          </p>
          {analysis.confidence && (
            <p className="text-sm text-ink" data-testid="lead-confidence">
              {analysis.confidence.statement}
            </p>
          )}
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Scores by dimension</caption>
              <thead className="text-ink-muted">
                <tr>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    Dimension
                  </th>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    Weight
                  </th>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    Score
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    Confidence
                  </th>
                </tr>
              </thead>
              <tbody>
                {analysis.dimensionScores.map((d) => (
                  <tr key={d.key} className="border-t border-slate-100">
                    <th scope="row" className="py-1 pr-4 font-normal text-ink">
                      {d.label}
                    </th>
                    <td className="py-1 pr-4 tabular-nums text-ink-muted">{d.weight}%</td>
                    <td className="py-1 pr-4 tabular-nums text-ink">{d.score ?? 'not answered'}</td>
                    <td className="py-1 text-ink-muted">
                      {d.confidence ?? '–'}
                      {d.confidence &&
                        d.confidence !== 'estimated' &&
                        ` (${d.answers ?? 0} answers, ${d.signals ?? 0} signals)`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {roi && (
            <p className="text-sm text-ink">
              ROI (expected): {money(roi.annualSavings.expected, roi.currency)} saved a year,{' '}
              {money(roi.implementationCost.expected, roi.currency)} to implement, payback{' '}
              {formatMonths(roi.paybackMonths.expected)}, 3-year ROI {roi.threeYearRoiPercent.expected}%.
            </p>
          )}
          {analysis.recommendations.length > 0 && (
            <ol className="flex list-decimal flex-col gap-2 pl-5 text-sm">
              {analysis.recommendations.map((r) => (
                <li key={r.title}>
                  <span className="font-semibold text-ink">{r.title}</span>{' '}
                  <span className="text-ink-muted">
                    · impact {r.impact}, effort {r.effort}, {r.timeframe}
                  </span>
                  <p className="text-ink-muted">{r.firstStep}</p>
                </li>
              ))}
            </ol>
          )}
        </Section>
      )}
      {audit.maturity.length > 0 && (
        <Section title="Maturity answers">
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">The visitor&apos;s maturity answers, level 0 to 4</caption>
              <thead className="text-ink-muted">
                <tr>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    Question
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    Answer
                  </th>
                </tr>
              </thead>
              <tbody>
                {audit.maturity.map((m) => (
                  <tr key={m.key} className="border-t border-slate-100 align-top">
                    <th scope="row" className="py-1 pr-4 font-normal text-ink">
                      {m.question}
                    </th>
                    <td className="py-1 text-ink-muted">
                      {m.level === null ? 'Skipped' : `${m.level}/4 · ${m.label ?? ''}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Section>
      )}
    </div>
  );
}
