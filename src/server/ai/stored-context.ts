// Rebuilds a recommendation context from what the database holds, so a run interrupted by a
// restart can be started again from the stored audit alone.
import 'server-only';
import type { AuditEvaluation } from '@/domain/audit/evaluate';
import { summarizeConfidence } from '@/domain/audit/confidence';
import { tierFor, type DimensionScore } from '@/domain/audit/scoring';
import type { RoiForecast } from '@/domain/roi/forecast';
import type { VisualData } from '@/domain/audit/visual-data';
import type { Db } from '@/server/db/client';
import { configByVersion, currentAuditConfig } from '@/server/audit/config-source';
import { answersFromAudit } from '@/server/audit/stored-answers';
import { buildRecommendationContext, type RecommendationContext } from './context';

export async function storedRecommendationContext(db: Db, auditId: string): Promise<RecommendationContext | null> {
  const audit = await db.audit.findUnique({ where: { id: auditId }, include: { result: true } });
  if (!audit?.result) return null;
  const config =
    (audit.configVersion ? await configByVersion(db, audit.configVersion) : null) ??
    (await currentAuditConfig(db)).config;
  const answers = answersFromAudit(audit);
  const result = audit.result;
  const dimensions = result.dimensionScores as unknown as DimensionScore[];
  const evaluation: AuditEvaluation = {
    maturity: {
      overall: result.maturityScore,
      tier: tierFor(config, result.maturityScore),
      dimensions,
      confidence: summarizeConfidence(dimensions, config.questions.length),
    },
    roi: result.roiForecast as unknown as RoiForecast,
    visualData: result.visualData as unknown as VisualData,
    recommendations: [],
  };
  return buildRecommendationContext(config, answers, evaluation);
}
