// The wizard's server-side draft: an audit in status "draft" whose answers are saved step by
// step (also as audit_responses rows), so a reload or a later visit resumes where it stopped.
import 'server-only';
import type { AuditConfig } from '@/domain/audit/config';
import type { Choice } from '@/domain/audit/answers';
import { ownWords, resolveIndustry, toChoices } from '@/domain/audit/answers';
import { MATCH_THRESHOLDS } from '@/domain/audit/matching/match';
import type { Db } from '@/server/db/client';
import { trackStepSaved } from '@/server/analytics/track';
import { AppError } from '@/server/errors';
import type { FlowContext } from '@/server/http/request-context';
import { consume } from '@/server/rate-limit/limiters';
import { currentAuditConfig } from './config-source';
import { companySizeOrError, industryText, maturityOrError, withHours } from './normalize';
import { classifierModel } from '@/server/ai/models';
import { classifyOwnWords, type Classifications, type OwnWords } from './own-words';
import type { SaveStepInput } from './schema';
import { HOURS_QUESTION, STEP_NUMBERS, STEP_QUESTIONS } from './steps';

type ResponseRow = { question: string; answer: string };

function stepResponses(config: AuditConfig, input: SaveStepInput): ResponseRow[] {
  switch (input.step) {
    case 'maturity':
      return config.questions
        .filter((q) => input.data.maturity[q.key] !== undefined)
        .map((q) => ({
          question: q.text,
          answer: `${input.data.maturity[q.key]}: ${q.levels[input.data.maturity[q.key]!]}`,
        }));
    case 'industry':
      return [{ question: STEP_QUESTIONS.industry, answer: input.data.industry }];
    case 'companySize':
      return [{ question: STEP_QUESTIONS.companySize, answer: input.data.companySize }];
    case 'painPoints': {
      const hours = input.data.timeSpent ?? {};
      return [
        { question: STEP_QUESTIONS.painPoints, answer: JSON.stringify(input.data.painPoints) },
        ...(Object.keys(hours).length ? [{ question: HOURS_QUESTION, answer: JSON.stringify(hours) }] : []),
      ];
    }
    default: {
      const values = Object.values(input.data)[0] as string[];
      return [{ question: STEP_QUESTIONS[input.step], answer: JSON.stringify(values) }];
    }
  }
}

function stepColumns(config: AuditConfig, input: SaveStepInput, given: Classifications) {
  switch (input.step) {
    case 'industry': {
      const industry = resolveIndustry(config, input.data.industry, given.industries);
      return { industry: industry.slug, industryText: industryText(industry) };
    }
    case 'companySize': {
      const size = companySizeOrError(config, input.data.companySize);
      return { companySize: size.slug, employeeCount: size.employees, companySizeText: size.text ?? null };
    }
    case 'painPoints':
      return {
        painPoints: withHours(
          toChoices(config.painPoints, input.data.painPoints, given.painPoints, MATCH_THRESHOLDS.painPoints),
          input.data.timeSpent,
        ),
      };
    case 'currentSystems':
      return {
        currentSystems: toChoices(config.systems, input.data.currentSystems, given.systems, MATCH_THRESHOLDS.systems),
      };
    case 'kpis':
      return { kpis: toChoices(config.kpis, input.data.kpis, given.kpis, MATCH_THRESHOLDS.kpis) };
    case 'maturity':
      return { maturityAnswers: maturityOrError(config, input.data.maturity) };
  }
}

export async function findOpenDraft(db: Db, draftId: string) {
  const draft = await db.audit.findUnique({ where: { id: draftId } });
  if (!draft)
    throw new AppError('NOT_FOUND', 'This audit was not found. Please start a new one.', { field: 'draftId' });
  if (draft.status !== 'draft') {
    throw new AppError('CONFLICT', 'This audit has already been submitted.', { field: 'draftId', auditId: draft.id });
  }
  return draft;
}

/** Saves a wizard step (starting the draft with the first one) and records it for the funnel. */
export async function saveStep(db: Db, input: SaveStepInput, ctx: FlowContext) {
  const { config } = await currentAuditConfig(db);
  const stepNumber = STEP_NUMBERS[input.step];
  const words = 'maturity' in input.data ? {} : (input.data as OwnWords);
  const columns = stepColumns(config, input, await classifyOwnWords(config, words, classifierModel()));
  const responses = stepResponses(config, input).map((row) => ({ ...row, stepNumber }));

  if (!input.draftId) {
    if (input.step !== 'industry')
      throw new AppError('VALIDATION_ERROR', 'Invalid input data', { field: 'draftId', reason: 'Required' });
    await consume('draftsPerIp', ctx.clientIp);
    const draft = await db.audit.create({
      data: {
        ...(columns as { industry: string; industryText: string | null }),
        status: 'draft',
        source: 'wizard',
        currentStep: stepNumber + 1,
        utm: input.step === 'industry' ? (input.utm ?? {}) : {},
        referrer: input.step === 'industry' ? input.referrer : undefined,
        responses: { create: responses },
      },
    });
    trackStepSaved({ db, headers: ctx.headers, log: ctx.log }, input, draft.id);
    return { draftId: draft.id, currentStep: draft.currentStep };
  }

  const draft = await findOpenDraft(db, input.draftId);
  const [, , updated] = await db.$transaction([
    db.auditResponse.deleteMany({ where: { auditId: draft.id, stepNumber } }),
    db.auditResponse.createMany({ data: responses.map((row) => ({ ...row, auditId: draft.id })) }),
    db.audit.update({
      where: { id: draft.id },
      data: { ...columns, currentStep: Math.max(draft.currentStep, stepNumber + 1) },
    }),
  ]);
  trackStepSaved({ db, headers: ctx.headers, log: ctx.log }, input, updated.id);
  return { draftId: updated.id, currentStep: updated.currentStep };
}

const choiceValues = (value: unknown) => (value as Choice[]).map(ownWords);

/** The hours a week the visitor gave per pain point, keyed by the words the wizard sent. */
export const hoursGiven = (value: unknown): Record<string, number> =>
  Object.fromEntries(
    (value as Choice[]).flatMap((c) => (c.weeklyHours === undefined ? [] : [[ownWords(c), c.weeklyHours] as const])),
  );

/** What the wizard needs to resume: the saved answers in the form it sends them. */
export async function getDraft(db: Db, draftId: string) {
  const audit = await db.audit.findUnique({ where: { id: draftId } });
  if (!audit) throw new AppError('NOT_FOUND', 'This audit was not found. Please start a new one.', { field: 'id' });
  if (audit.status !== 'draft') return { id: audit.id, submitted: true as const };
  return {
    id: audit.id,
    submitted: false as const,
    currentStep: audit.currentStep,
    answers: {
      industry: audit.industryText ?? audit.industry,
      companySize: audit.companySizeText ?? (audit.companySize || undefined),
      painPoints: choiceValues(audit.painPoints),
      timeSpent: hoursGiven(audit.painPoints),
      currentSystems: choiceValues(audit.currentSystems),
      kpis: choiceValues(audit.kpis),
      maturity: audit.maturityAnswers as Record<string, number>,
    },
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
