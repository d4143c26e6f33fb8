// Submitting an audit, from the wizard (a draft) or the REST API (one request): rate limits,
// the pending -> processing -> completed | failed lifecycle, and the stored result.
import 'server-only';
import { env } from '@/env';
import { settledWithin } from '@/lib/settled-within';
import { normalizeKey, ownWords, type AuditAnswers, type Choice } from '@/domain/audit/answers';
import type { AuditConfig } from '@/domain/audit/config';
import { evaluateAudit, type AuditEvaluation } from '@/domain/audit/evaluate';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import type { FlowContext } from '@/server/http/request-context';
import { track } from '@/server/analytics/track';
import { consume } from '@/server/rate-limit/limiters';
import { currentAuditConfig } from './config-source';
import { markRefused } from './refused';
import { findOpenDraft, hoursGiven, requireAnswered } from './drafts';
import { scoreAudit } from './score';
import { industryText, toAnswers } from './normalize';
import { classifyOwnWords, type Classifications } from './own-words';
import { observedBenchmark } from './observed-benchmark';
import type { AuditSubmitRequest, WizardSubmitInput } from './schema';
import { STEP_NUMBERS, STEP_QUESTIONS } from './steps';
import { buildRecommendationContext, type RecommendationContext } from '@/server/ai/context';
import type { PartialRecommendation } from '@/server/ai/generate';
import { countRecommendations, startRecommendations, type RecommendationsStatus } from '@/server/ai/runs';
import { readRun } from '@/server/ai/run-store';
import { builtInAnswer, playbooksAfterFailure } from '@/server/ai/with-fallback';
import { recordCompletedAudit } from './record-completed';
import { chooseChain, classifierModel, type ChosenModel } from '@/server/ai/models';
import { metrics } from '@/server/metrics/registry';

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
  // In turn: a request refused for its address must not spend the email's budget too.
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

export async function submitFromApi(db: Db, request: AuditSubmitRequest, ctx: SubmitContext): Promise<SubmittedAudit> {
  const { config, version } = await currentAuditConfig(db);
  const answers = toAnswers(
    config,
    request,
    await classifyOwnWords(config, request, { ...classifierModel(), log: ctx.log }),
  );
  await checkLimits(ctx.clientIp, request.contactInfo.email);
  // An integrator gets the finished recommendations in the response: no pacing.
  const chain = await chooseChain(ctx.clientIp, false);
  if (chain.some((model) => model.remote))
    return submitForRemoteModel(db, request, ctx, { config, version, answers, chain });
  // The built-in model writes in milliseconds: score, write the recommendations, then store all
  // of it in one transaction, the follow-up (report, emails, webhooks) queued in it.
  const evaluation = evaluateAudit(config, answers, await observedBenchmark(db, answers.industry.slug));
  const context = buildRecommendationContext(config, answers, evaluation);
  const generated = answerBuiltIn(chain[0]!, context, ctx);
  const auditId = await recordCompletedAudit({
    answers,
    contactInfo: request.contactInfo,
    source: 'api',
    currentStep: STEP_NUMBERS.contact,
    configVersion: version,
    evaluation,
    ...generated,
  });
  ctx.log.info({ auditId, score: evaluation.maturity.overall }, 'audit completed');
  metrics().auditsStarted.inc();
  metrics().auditsCompleted.inc({ via: 'api' });
  const snapshot = { status: 'complete' as const, ...generated };
  countRecommendations(snapshot);
  track({ db, headers: ctx.headers, log: ctx.log }, 'audit_submitted', { auditId, path: '/audit' });
  return { auditId, evaluation, ...snapshot, recommendationsStatus: 'complete' };
}

function answerBuiltIn(chosen: ChosenModel, context: RecommendationContext, ctx: SubmitContext) {
  try {
    return builtInAnswer(chosen, context);
  } catch (error) {
    ctx.log.error({ err: error }, 'built-in recommendation model failed; using the playbook engine directly');
    return playbooksAfterFailure(context);
  }
}

/**
 * With an external LLM: the audit is stored scored first, then its run writes (and saves) the
 * recommendations under a lease like any other. The answer waits for them up to
 * AI_API_WAIT_MS; a slower LLM gets an answer with what is written so far, status
 * "streaming", and the run finishes on its own (results page and GET results follow it).
 */
async function submitForRemoteModel(
  db: Db,
  request: AuditSubmitRequest,
  ctx: SubmitContext,
  scored: { config: AuditConfig; version: string; answers: AuditAnswers; chain: ChosenModel[] },
): Promise<SubmittedAudit> {
  const { config, version, answers, chain } = scored;
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
  const { auditId, evaluation, context } = await scoreAudit(db, audit.id, config, answers, ctx, audit);
  metrics().auditsStarted.inc();
  metrics().auditsCompleted.inc({ via: 'api' });
  track({ db, headers: ctx.headers, log: ctx.log }, 'audit_submitted', { auditId, path: '/audit' });
  const handle = await startRecommendations(db, auditId, {
    context,
    clientIp: ctx.clientIp,
    paced: false,
    saveProgress: true,
    chain,
  });
  const finished = handle ? await settledWithin(handle.done, env.AI_API_WAIT_MS) : null;
  if (!finished) {
    handle?.done.catch((error: unknown) => ctx.log.error({ err: error, auditId }, 'recommendation run crashed'));
  }
  const snapshot = finished ?? (await readRun(db, auditId));
  if (!snapshot) throw new Error(`no scored audit ${auditId}`);
  const { status, recommendations, modelUsed } = snapshot;
  return { auditId, evaluation, recommendations, modelUsed, recommendationsStatus: status };
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
