// The audit flows: the wizard's catalogue, step saving and resume, submission, results.
import { getWizardCatalogue } from '@/server/audit/catalogue';
import { getDraft, saveStep } from '@/server/audit/drafts';
import { getAuditResults, presentSubmission } from '@/server/audit/results';
import { auditIdInput, saveStepInput, wizardSubmitInput } from '@/server/audit/schema';
import { submitFromWizard } from '@/server/audit/submit';
import { createTRPCRouter, publicProcedure } from '../trpc';

export const auditRouter = createTRPCRouter({
  catalogue: publicProcedure.query(({ ctx }) => getWizardCatalogue(ctx.db)),
  saveStep: publicProcedure.input(saveStepInput).mutation(({ ctx, input }) => saveStep(ctx.db, input, ctx)),
  draft: publicProcedure.input(auditIdInput).query(({ ctx, input }) => getDraft(ctx.db, input.id)),
  submit: publicProcedure
    .input(wizardSubmitInput)
    .mutation(async ({ ctx, input }) => presentSubmission(await submitFromWizard(ctx.db, input, ctx))),
  results: publicProcedure.input(auditIdInput).query(({ ctx, input }) => getAuditResults(ctx.db, input.id)),
});
