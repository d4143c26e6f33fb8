// The analytics dashboard and the A/B experiments' results (admins only).
import { lastDays } from '@/domain/analytics/range';
import { getDashboard } from '@/server/analytics/dashboard';
import { dashboardRangeInput } from '@/server/analytics/schema';
import { experimentResults } from '@/server/experiments/results';
import { createTRPCRouter, staffProcedure } from '../trpc';

export const analyticsRouter = createTRPCRouter({
  /** Every figure of /admin/analytics for a range (default: the last 30 days). */
  dashboard: staffProcedure('analytics')
    .input(dashboardRangeInput.optional())
    .query(({ ctx, input }) => getDashboard(ctx.db, input ?? lastDays(new Date(), 30))),
  /** Every running or stopped experiment with its variants' figures (/admin/experiments). */
  experiments: staffProcedure('analytics').query(({ ctx }) => experimentResults(ctx.db)),
});
