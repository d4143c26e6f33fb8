// The ROI calculator: the figures (the REST route's twin) and the pricing page's catalogue.
import { roiCalculatorInput } from '@/server/roi/schema';
import { calculateForRequest, calculatorCatalogue } from '@/server/roi/service';
import { createTRPCRouter, publicProcedure } from '../trpc';

export const roiRouter = createTRPCRouter({
  catalogue: publicProcedure.query(({ ctx }) => calculatorCatalogue(ctx.db)),
  calculate: publicProcedure.input(roiCalculatorInput).query(({ ctx, input }) => calculateForRequest(ctx.db, input)),
});
