// Staff accounts, for admins only: list, invite, role, deactivate/reactivate, send a link, the log.
import { listStaffEvents } from '@/server/staff/events';
import { createStaffInput, setActiveInput, setRoleInput, staffIdInput, staffLogInput } from '@/server/staff/schema';
import { changeRole, inviteStaff, listStaff, sendLinkFor, setActive } from '@/server/staff/service';
import { adminProcedure, createTRPCRouter } from '../trpc';

const adminCtx = (ctx: { session: { user: { id: string; email?: string | null } }; clientIp: string }) => ({
  actor: { id: ctx.session.user.id, email: ctx.session.user.email ?? '' },
  clientIp: ctx.clientIp,
});

export const staffRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listStaff(ctx.db)),
  create: adminProcedure
    .input(createStaffInput)
    .mutation(({ ctx, input }) => inviteStaff(ctx.db, input, adminCtx(ctx))),
  setRole: adminProcedure.input(setRoleInput).mutation(({ ctx, input }) => changeRole(ctx.db, input, adminCtx(ctx))),
  setActive: adminProcedure.input(setActiveInput).mutation(({ ctx, input }) => setActive(ctx.db, input, adminCtx(ctx))),
  sendLink: adminProcedure.input(staffIdInput).mutation(({ ctx, input }) => sendLinkFor(ctx.db, input, adminCtx(ctx))),
  log: adminProcedure.input(staffLogInput).query(({ ctx, input }) => listStaffEvents(ctx.db, input.page)),
});
