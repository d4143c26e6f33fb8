// Submitting an audit, from the wizard (a draft) or the REST API (one request): rate limits,
// the pending -> processing -> completed | failed lifecycle, and the stored result.
import 'server-only';
import { env } from '@/env';
import type { Prisma } from '@/server/db/generated/client';
import { normalizeKey, ownWords, type AuditAnswers, type Choice } from '@/domain/audit/answers';
import type { AuditConfig } from '@/domain/audit/config';
import { evaluateAudit, type AuditEvaluation } from '@/domain/audit/evaluate';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { auditLeadFields } from '@/server/leads/record';
import type { FlowContext } from '@/server/http/request-context';
import { track } from '@/server/analytics/track';
import { consume } from '@/server/rate-limit/limiters';
import { currentAuditConfig } from './config-source';
import { markRefused } from './refused';
import { findOpenDraft, hoursGiven } from './drafts';
import { industryText, toAnswers } from './normalize';
import { classifyOwnWords, type Classifications } from './own-words';
import { observedBenchmark } from './observed-benchmark';
import type { AuditSubmitRequest, WizardSubmitInput } from './schema';
import { STEP_NUMBERS, STEP_QUESTIONS } from './steps';
import { buildRecommendationContext, type RecommendationContext } from '@/server/ai/context';
import type { PartialRecommendation } from '@/server/ai/generate';
import { runRecommendations, startRecommendations, type RecommendationsStatus } from '@/server/ai/runs';
import { classifierModel } from '@/server/ai/models';
import { metrics } from '@/server/metrics/registry';
import { announceAuditCompleted } from '@/server/webhooks/announce';

export type SubmitContext = FlowContext;

export interface SubmittedAudit {
  auditId: string;
  evaluation: AuditEvaluation;
  recommendations: PartialRecommendation[];
  recommendationsStatus: RecommendationsStatus;
  modelUsed: string | null;
}

function answerColumns(answers: AuditAnswers) {
  return {
    industry: answers.industry.slug,
    industryText: industryText(answers.industry),
    companySize: answers.companySize.slug,
    companySizeText: answers.companySize.text ?? null,
    employeeCount: answers.companySize.employees,
    painPoints: answers.painPoints,
    currentSystems: answers.currentSystems,
    kpis: answers.kpis,
    maturityAnswers: answers.maturity,
  };
}

/** A request without a draft (the REST API, a script) is held to the per-address budget. */
async function checkLimits(clientIp: string, email: string) {
  await consume('submitPerIp', clientIp);
  await consume('submitPerEmail', email);
}

/**
 * A wizard draft: counted per draft and per address on the wizard's own (larger) budget, so a
 * team behind one address can all finish; a script must build a draft step by step, and
 * starting drafts has its per-address limit too.
 */
async function checkWizardLimits(draftId: string, clientIp: string, email: string) {
  await consume('submitPerDraft', draftId);
  await consume('wizardSubmitPerIp', clientIp);
  await consume('submitPerEmail', email);
}

type AuditRow = Awaited<ReturnType<Db['audit']['update']>>;

interface Scored {
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
  ctx: Pick<SubmitContext, 'log'>,
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

export async function submitFromApi(db: Db, request: AuditSubmitRequest, ctx: SubmitContext): Promise<SubmittedAudit> {
  const { config, version } = await currentAuditConfig(db);
  const answers = toAnswers(
    config,
    request,
    await classifyOwnWords(config, request, { ...classifierModel(), log: ctx.log }),
  );
  await checkLimits(ctx.clientIp, request.contactInfo.email);
  const audit = await db.audit.create({
    data: {
      ...answerColumns(answers),
      contactInfo: request.contactInfo,
      contactEmail: request.contactInfo.email,
      // Scored within this request: created processing (the sweeper finishes it should the
      // process stop before the result is written).
      status: 'processing',
      source: 'api',
      currentStep: STEP_NUMBERS.contact,
      configVersion: version,
      submittedAt: new Date(),
    },
  });
  const scored = await scoreAudit(db, audit.id, config, answers, ctx, audit);
  metrics().auditsStarted.inc();
  metrics().auditsCompleted.inc({ via: 'api' });
  track({ db, headers: ctx.headers, log: ctx.log }, 'audit_submitted', { auditId: scored.auditId, path: '/audit' });
  // An integrator gets the finished recommendations in the response: no pacing, wait for them.
  const snapshot = await runRecommendations(db, scored.auditId, {
    context: scored.context,
    clientIp: ctx.clientIp,
    paced: false,
  });
  return {
    auditId: scored.auditId,
    evaluation: scored.evaluation,
    ...snapshot,
    recommendationsStatus: snapshot.status,
  };
}

export function requireAnswered(draft: {
  companySize: string;
  painPoints: unknown;
  currentSystems: unknown;
  kpis: unknown;
}) {
  const missing = !draft.companySize
    ? 'companySize'
    : !(draft.painPoints as unknown[]).length
      ? 'painPoints'
      : !(draft.currentSystems as unknown[]).length
        ? 'currentSystems'
        : !(draft.kpis as unknown[]).length
          ? 'kpis'
          : null;
  if (missing)
    throw new AppError('VALIDATION_ERROR', 'Please complete every step first', {
      field: missing,
      reason: 'Not answered yet',
    });
}

/** What the wizard's steps decided for the visitor's words (an LLM may have), kept at submit. */
function decidedInDraft(draft: {
  industry: string;
  industryText: string | null;
  painPoints: unknown;
  currentSystems: unknown;
  kpis: unknown;
}): Classifications {
  const decided = (choices: unknown) =>
    new Map((choices as Choice[]).map((c) => [normalizeKey(ownWords(c)), c.slug] as const));
  return {
    industries: draft.industryText
      ? new Map([[normalizeKey(draft.industryText), draft.industry === 'other' ? null : draft.industry]])
      : undefined,
    painPoints: decided(draft.painPoints),
    systems: decided(draft.currentSystems),
    kpis: decided(draft.kpis),
  };
}

export async function submitFromWizard(db: Db, input: WizardSubmitInput, ctx: SubmitContext): Promise<SubmittedAudit> {
  const draft = await findOpenDraft(db, input.draftId);
  requireAnswered(draft);
  const { config, version } = await currentAuditConfig(db);
  const values = (choices: unknown) => (choices as Choice[]).map(ownWords);
  const answers = toAnswers(
    config,
    {
      industry: draft.industryText ?? draft.industry,
      companySize: draft.companySizeText ?? draft.employeeCount ?? draft.companySize,
      painPoints: values(draft.painPoints),
      timeSpent: hoursGiven(draft.painPoints),
      currentSystems: values(draft.currentSystems),
      kpis: values(draft.kpis),
      maturity: draft.maturityAnswers as Record<string, number>,
    },
    decidedInDraft(draft),
  );
  await checkWizardLimits(draft.id, ctx.clientIp, input.contactInfo.email).catch(async (error: unknown) => {
    // Remembered on the draft: only a refused draft may be left for later (deferred.ts).
    if (error instanceof AppError && error.code === 'RATE_LIMITED') await markRefused(db, draft.id);
    throw error;
  });
  const contactInfo = { ...input.contactInfo, consent: { contact: true, privacy: true, at: new Date().toISOString() } };
  // Only a draft can be submitted, once: a double click or a second tab gets a conflict.
  const { count } = await db.audit.updateMany({
    where: { id: draft.id, status: 'draft' },
    data: {
      ...answerColumns(answers),
      contactInfo,
      contactEmail: input.contactInfo.email,
      status: 'pending',
      currentStep: STEP_NUMBERS.contact,
      configVersion: version,
      submittedAt: new Date(),
    },
  });
  if (count === 0)
    throw new AppError('CONFLICT', 'This audit has already been submitted.', { field: 'draftId', auditId: draft.id });
  await db.auditResponse.create({
    data: {
      auditId: draft.id,
      stepNumber: STEP_NUMBERS.contact,
      question: STEP_QUESTIONS.contact,
      answer: JSON.stringify(input.contactInfo),
    },
  });
  const scored = await scoreAudit(db, draft.id, config, answers, ctx);
  metrics().auditsCompleted.inc({ via: 'wizard' });
  track({ db, headers: ctx.headers, log: ctx.log }, 'audit_submitted', { auditId: scored.auditId, path: '/audit' });
  // The visitor watches the recommendations stream in on the results page.
  const run = await startRecommendations(db, scored.auditId, {
    context: scored.context,
    clientIp: ctx.clientIp,
    paced: true,
    // Give the results page time to open, so the visitor sees the first recommendation arrive.
    waitForWatcherMs: env.AI_WAIT_FOR_WATCHER_MS,
  });
  run?.done.catch((error: unknown) =>
    ctx.log.error({ err: error, auditId: scored.auditId }, 'recommendation run crashed'),
  );
  return {
    auditId: scored.auditId,
    evaluation: scored.evaluation,
    recommendations: [],
    recommendationsStatus: 'streaming',
    modelUsed: null,
  };
}
