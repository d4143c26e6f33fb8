// "Answer the maturity questions for a firmer score": a new wizard draft with a finished
// audit's answers, opened at the maturity step. The finished audit stays as it was; the new
// draft is submitted as a new audit. Counted on the per-address draft budget.
import 'server-only';
import type { Prisma } from '@/server/db/generated/client';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import type { FlowContext } from '@/server/http/request-context';
import { consume } from '@/server/rate-limit/limiters';
import { STEP_NUMBERS } from './steps';

export async function continueAudit(db: Db, auditId: string, ctx: Pick<FlowContext, 'clientIp'>) {
  const audit = await db.audit.findUnique({ where: { id: auditId } });
  if (!audit || audit.status === 'draft')
    throw new AppError('NOT_FOUND', 'No finished audit at this address', { field: 'id' });
  await consume('draftsPerIp', ctx.clientIp);
  const json = (value: unknown) => value as Prisma.InputJsonValue;
  const draft = await db.audit.create({
    data: {
      industry: audit.industry,
      industryText: audit.industryText,
      companySize: audit.companySize,
      companySizeText: audit.companySizeText,
      employeeCount: audit.employeeCount,
      painPoints: json(audit.painPoints),
      currentSystems: json(audit.currentSystems),
      kpis: json(audit.kpis),
      maturityAnswers: json(audit.maturityAnswers),
      status: 'draft',
      source: 'wizard',
      currentStep: STEP_NUMBERS.maturity,
      utm: json(audit.utm),
      referrer: audit.referrer,
    },
  });
  return { draftId: draft.id };
}
