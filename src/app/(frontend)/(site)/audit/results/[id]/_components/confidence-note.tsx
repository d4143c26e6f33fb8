// How much the score rests on: the confidence level, its plain sentence and rule, and for a
// low-confidence result an invitation to answer the maturity questions.
import type { ConfidenceView } from '@/server/audit/confidence-view';

const TONE = {
  high: 'bg-emerald-50 text-emerald-900 ring-emerald-200',
  medium: 'bg-sky-50 text-sky-900 ring-sky-200',
  low: 'bg-amber-50 text-amber-900 ring-amber-200',
} as const;

export function ConfidenceNote({ confidence }: { confidence: ConfidenceView }) {
  return (
    <div
      data-testid="score-confidence"
      data-level={confidence.level}
      className={`mt-4 rounded-xl p-4 text-sm ring-1 ${TONE[confidence.level]}`}
    >
      <p>{confidence.statement}</p>
      <details className="mt-1">
        <summary className="cursor-pointer font-medium underline-offset-2 hover:underline focus-visible:outline-2">
          How confidence is decided
        </summary>
        <p className="mt-1">{confidence.rule}</p>
        <p className="mt-1">
          A dimension nothing informed is estimated: the industry benchmark, moved toward what your other answers say in
          proportion to how much you answered.
        </p>
      </details>
      {confidence.continueUrl && (
        <a
          href={confidence.continueUrl}
          className="mt-3 inline-block rounded-lg bg-amber-900 px-4 py-2 font-semibold text-white hover:bg-amber-800 focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          Answer the maturity questions for a firmer score
        </a>
      )}
    </div>
  );
}
