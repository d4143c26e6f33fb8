// The signed-in staff member's own settings (any staff role): how dates read in the staff area.
import { datePrefsInput } from '@/server/staff/preferences-schema';
import { saveDatePrefs, savedDatePrefs } from '@/server/staff/preferences';
import { createTRPCRouter, staffProcedure } from '../trpc';

const ownProcedure = staffProcedure('overview');

export const meRouter = createTRPCRouter({
  datePrefs: ownProcedure.query(({ ctx }) => savedDatePrefs(ctx.db, ctx.session.user.id)),
  setDatePrefs: ownProcedure
    .input(datePrefsInput)
    .mutation(({ ctx, input }) => saveDatePrefs(ctx.db, ctx.session.user.id, input)),
});
