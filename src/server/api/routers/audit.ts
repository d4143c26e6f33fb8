// The audit flows: the wizard's catalogue, step saving and resume, submission, results.
import { getWizardCatalogue } from '@/server/audit/catalogue';
import { getDraft, saveStep } from '@/server/audit/drafts';
import { getAuditResults, presentSubmission } from '@/server/audit/results';
import { auditIdInput, saveStepInput, wizardSubmitInput } from '@/server/audit/schema';
import { submitFromWizard } from '@/server/audit/submit';
import { deferSubmission } from '@/server/audit/deferred';
import { publicReportState } from '@/server/reports/service';
import { restartRecommendations, stopRecommendations, watchRecommendations } from '@/server/ai/runs';
import { createTRPCRouter, publicProcedure } from '../trpc';

export const auditRouter = createTRPCRouter({
  catalogue: publicProcedure.query(({ ctx }) => getWizardCatalogue(ctx.db)),
  saveStep: publicProcedure.input(saveStepInput).mutation(({ ctx, input }) => saveStep(ctx.db, input, ctx)),
  draft: publicProcedure.input(auditIdInput).query(({ ctx, input }) => getDraft(ctx.db, input.id)),
  submit: publicProcedure
    .input(wizardSubmitInput)
    .mutation(async ({ ctx, input }) => presentSubmission(await submitFromWizard(ctx.db, input, ctx))),
  /** After a rate-limited submit: store the answers and email the results link once processed. */
  submitLater: publicProcedure
    .input(wizardSubmitInput)
    .mutation(({ ctx, input }) => deferSubmission(ctx.db, input, ctx)),
  results: publicProcedure.input(auditIdInput).query(({ ctx, input }) => getAuditResults(ctx.db, input.id)),
  /** Whether the PDF report is ready to download (the results page polls it). */
  report: publicProcedure.input(auditIdInput).query(({ ctx, input }) => publicReportState(ctx.db, input.id)),
  /** The recommendations as a model writes them (server-sent events). */
  recommendations: publicProcedure.input(auditIdInput).subscription(async function* ({ ctx, input, signal }) {
    yield* watchRecommendations(ctx.db, input.id, ctx.clientIp, signal);
  }),
  stopRecommendations: publicProcedure
    .input(auditIdInput)
    .mutation(async ({ ctx, input }) => ({ stopped: await stopRecommendations(ctx.db, input.id) })),
  /** Writes them again after a stop; the page then subscribes anew. */
  restartRecommendations: publicProcedure
    .input(auditIdInput)
    .mutation(async ({ ctx, input }) => ({ restarted: await restartRecommendations(ctx.db, input.id, ctx) })),
});
