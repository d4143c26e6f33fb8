// Staff accounts, for admins only.
import { createStaffInput } from '@/server/staff/schema';
import { inviteStaff, listStaff } from '@/server/staff/service';
import { adminProcedure, createTRPCRouter } from '../trpc';

export const staffRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listStaff(ctx.db)),
  create: adminProcedure.input(createStaffInput).mutation(({ ctx, input }) => inviteStaff(ctx.db, input)),
});
