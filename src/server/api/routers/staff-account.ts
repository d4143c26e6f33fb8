// The staff member's own account, before signing in: "Forgot password", and the set-password
// page of an invitation or reset link.
import { requestPasswordReset } from '@/server/staff/forgot-password';
import { describeStaffLink, setPasswordWithLink } from '@/server/staff/links';
import { forgotPasswordInput, linkTokenInput, setPasswordInput } from '@/server/staff/schema';
import { createTRPCRouter, publicProcedure } from '../trpc';

export const staffAccountRouter = createTRPCRouter({
  forgotPassword: publicProcedure
    .input(forgotPasswordInput)
    .mutation(({ ctx, input }) => requestPasswordReset(ctx.db, input, ctx)),
  link: publicProcedure.input(linkTokenInput).query(({ ctx, input }) => describeStaffLink(ctx.db, input.token)),
  setPassword: publicProcedure
    .input(setPasswordInput)
    .mutation(({ ctx, input }) => setPasswordWithLink(ctx.db, input, ctx)),
});
