// Scoring a submitted audit: pending -> processing -> completed (scores and ROI from the engine,
// the lead for sales written with them) or failed with the reason kept for staff. Shared by the
// wizard, the REST API with an external LLM, the sweeper and deferred submissions; kept apart
// from the submit flows so the worker loads no matcher or CMS to finish an audit.
import 'server-only';
import type { Prisma } from '@/server/db/generated/client';
import type { AuditAnswers } from '@/domain/audit/answers';
import type { AuditConfig } from '@/domain/audit/config';
import { evaluateAudit, type AuditEvaluation } from '@/domain/audit/evaluate';
import type { Db } from '@/server/db/client';
import type { FlowContext } from '@/server/http/request-context';
import { auditLeadFields } from '@/server/leads/record';
import { buildRecommendationContext, type RecommendationContext } from '@/server/ai/context';
import { announceAuditCompleted } from '@/server/webhooks/announce';
import { observedBenchmark } from './observed-benchmark';

type AuditRow = Awaited<ReturnType<Db['audit']['update']>>;

export interface Scored {
  auditId: string;
  evaluation: AuditEvaluation;
  context: RecommendationContext;
}

/**
 * pending -> processing -> completed (scores and ROI from the engine; the recommendations are
 * written next by a model), or failed with the reason kept for staff.
 */
export async function scoreAudit(
  db: Db,
  auditId: string,
  config: AuditConfig,
  answers: AuditAnswers,
  ctx: Pick<FlowContext, 'log'>,
  /** The audit's row when it was created already processing (one write fewer on the REST path). */
  created?: AuditRow,
): Promise<Scored> {
  const audit = created ?? (await db.audit.update({ where: { id: auditId }, data: { status: 'processing' } }));
  try {
    const evaluation = evaluateAudit(config, answers, await observedBenchmark(db, answers.industry.slug));
    // The lead for sales is written with the result: scored, with its ROI, in one transaction.
    const lead = auditLeadFields(
      audit,
      { maturityScore: evaluation.maturity.overall, roiForecast: evaluation.roi as unknown as Prisma.JsonValue },
      [],
    );
    await db.$transaction([
      db.auditResult.create({
        data: {
          auditId,
          maturityScore: evaluation.maturity.overall,
          tier: evaluation.maturity.tier.label,
          dimensionScores: evaluation.maturity.dimensions as unknown as Prisma.InputJsonValue,
          roiForecast: evaluation.roi as unknown as Prisma.InputJsonValue,
          recommendations: [],
          recommendationsStatus: 'pending',
          visualData: evaluation.visualData as unknown as Prisma.InputJsonValue,
        },
      }),
      db.audit.update({ where: { id: auditId }, data: { status: 'completed' } }),
      db.lead.upsert({ where: { auditId }, create: { kind: 'audit', auditId, ...lead }, update: lead }),
    ]);
    ctx.log.info({ auditId, score: evaluation.maturity.overall }, 'audit completed');
    await announceAuditCompleted(db, auditId);
    return { auditId, evaluation, context: buildRecommendationContext(config, answers, evaluation) };
  } catch (error) {
    ctx.log.error({ err: error, auditId }, 'audit processing failed');
    await db.audit.update({
      where: { id: auditId },
      data: { status: 'failed', failureReason: error instanceof Error ? error.message.slice(0, 500) : 'unknown' },
    });
    throw error;
  }
}
