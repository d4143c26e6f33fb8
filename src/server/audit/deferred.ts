// "Email me the results later": a visitor whose wizard submit was rate-limited leaves the email
// instead of waiting. The draft is stored as deferred (answers and contact kept) with a job in the
// same transaction; the worker scores it on the deferred path's own budget and the results link
// goes out with the report email through the outbox. Not a way around the limits: only a draft
// whose submit was refused qualifies, and the path is limited per address and per email.
import 'server-only';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import type { FlowContext } from '@/server/http/request-context';
import { enqueue } from '@/server/jobs/enqueue';
import type { Logger } from '@/server/logging/logger';
import { consume } from '@/server/rate-limit/limiters';
import { startRecommendations } from '@/server/ai/runs';
import { currentAuditConfig } from './config-source';
import { findOpenDraft, requireAnswered } from './drafts';
import { REFUSED } from './refused';
import type { WizardSubmitInput } from './schema';
import { STEP_NUMBERS, STEP_QUESTIONS } from './steps';
import { answersFromAudit } from './stored-answers';
import { scoreAudit } from './score';

export interface DeferredSubmission {
  auditId: string;
  email: string;
}

export async function deferSubmission(db: Db, input: WizardSubmitInput, ctx: FlowContext): Promise<DeferredSubmission> {
  const draft = await findOpenDraft(db, input.draftId);
  requireAnswered(draft);
  if (draft.failureReason !== REFUSED)
    throw new AppError('CONFLICT', 'This audit can be sent now: there is nothing to leave for later.', {
      field: 'draftId',
    });
  await consume('deferredPerIp', ctx.clientIp);
  await consume('deferredPerEmail', input.contactInfo.email);
  const contactInfo = { ...input.contactInfo, consent: { contact: true, privacy: true, at: new Date().toISOString() } };
  await db.$transaction(async (tx) => {
    const { count } = await tx.audit.updateMany({
      where: { id: draft.id, status: 'draft' },
      data: {
        status: 'deferred',
        contactInfo,
        contactEmail: input.contactInfo.email,
        currentStep: STEP_NUMBERS.contact,
        failureReason: null,
      },
    });
    if (count === 0)
      throw new AppError('CONFLICT', 'This audit has already been submitted.', { field: 'draftId', auditId: draft.id });
    await tx.auditResponse.create({
      data: {
        auditId: draft.id,
        stepNumber: STEP_NUMBERS.contact,
        question: STEP_QUESTIONS.contact,
        answer: JSON.stringify(input.contactInfo),
      },
    });
    await enqueue('audit.submit-deferred', { auditId: draft.id }, { inTransaction: tx, singletonKey: draft.id });
  });
  ctx.log.info({ auditId: draft.id }, 'audit left for later: results will be emailed');
  return { auditId: draft.id, email: input.contactInfo.email };
}

/**
 * The worker's side: claims the deferred audit, scores it, writes its recommendations (unpaced,
 * nobody watching); their end queues the report, whose email carries the results link.
 */
export async function processDeferredSubmission(db: Db, auditId: string, log: Logger): Promise<boolean> {
  const { config, version } = await currentAuditConfig(db);
  const { count } = await db.audit.updateMany({
    where: { id: auditId, status: 'deferred' },
    data: { status: 'pending', submittedAt: new Date(), configVersion: version },
  });
  if (count === 0) return false;
  const audit = await db.audit.findUniqueOrThrow({ where: { id: auditId } });
  await scoreAudit(db, auditId, config, answersFromAudit(audit), { log });
  const run = await startRecommendations(db, auditId, { clientIp: 'deferred', paced: false });
  await run?.done;
  log.info({ auditId }, 'deferred audit processed');
  return true;
}
