// The confidence of a score as every reader shows it (REST, results page, PDF, email, lead
// page): the rule's level and counts, one plain sentence, and, when low, the link that lets
// the visitor answer the maturity questions for a firmer score.
import {
  describeConfidence,
  summarizeConfidence,
  type DimensionEvidence,
  type ScoreConfidence,
} from '@/domain/audit/confidence';
import { continueUrl } from './urls';

export interface ConfidenceView extends ScoreConfidence {
  statement: string;
  /** Present when the confidence is low: the wizard, resumed at the maturity questions. */
  continueUrl: string | null;
}

export function confidenceView(
  auditId: string,
  dimensions: readonly DimensionEvidence[],
  questions: number,
): ConfidenceView {
  const confidence = summarizeConfidence(dimensions, questions);
  return {
    ...confidence,
    statement: describeConfidence(confidence, dimensions),
    continueUrl: confidence.level === 'low' ? continueUrl(auditId) : null,
  };
}
