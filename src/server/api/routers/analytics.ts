// The analytics dashboard (admins only).
import { lastDays } from '@/domain/analytics/range';
import { getDashboard } from '@/server/analytics/dashboard';
import { dashboardRangeInput } from '@/server/analytics/schema';
import { createTRPCRouter, staffProcedure } from '../trpc';

export const analyticsRouter = createTRPCRouter({
  /** Every figure of /admin/analytics for a range (default: the last 30 days). */
  dashboard: staffProcedure('analytics')
    .input(dashboardRangeInput.optional())
    .query(({ ctx, input }) => getDashboard(ctx.db, input ?? lastDays(new Date(), 30))),
});
