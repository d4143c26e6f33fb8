// The ROI calculator: the figures (the REST route's twin), the pricing page's catalogue, and
// "email me this estimate".
import { roiEmailInput } from '@/server/roi/email-schema';
import { emailEstimate } from '@/server/roi/email-estimate';
import { roiCalculatorInput } from '@/server/roi/schema';
import { calculateForRequest, calculatorCatalogue } from '@/server/roi/service';
import { createTRPCRouter, publicProcedure } from '../trpc';

export const roiRouter = createTRPCRouter({
  catalogue: publicProcedure.query(({ ctx }) => calculatorCatalogue(ctx.db)),
  calculate: publicProcedure.input(roiCalculatorInput).query(({ ctx, input }) => calculateForRequest(ctx.db, input)),
  emailEstimate: publicProcedure.input(roiEmailInput).mutation(({ ctx, input }) => emailEstimate(ctx.db, input, ctx)),
});
