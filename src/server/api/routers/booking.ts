// Consultation booking: slots on offer, booking, and the visitor's manage link.
import { bookConsultationInput, manageInput, rescheduleInput } from '@/server/booking/schema';
import { cancelBooking, getManagedBooking, listRescheduleSlots, rescheduleBooking } from '@/server/booking/manage';
import { bookConsultation, listSlots } from '@/server/booking/service';
import { createTRPCRouter, publicProcedure } from '../trpc';

export const bookingRouter = createTRPCRouter({
  slots: publicProcedure.query(({ ctx }) => listSlots(ctx.db)),
  book: publicProcedure.input(bookConsultationInput).mutation(({ ctx, input }) => bookConsultation(ctx.db, input, ctx)),
  manage: publicProcedure.input(manageInput).query(({ ctx, input }) => getManagedBooking(ctx.db, input.token)),
  /** Slots for moving a booking: its own time counts as free. */
  rescheduleSlots: publicProcedure
    .input(manageInput)
    .query(({ ctx, input }) => listRescheduleSlots(ctx.db, input.token)),
  cancel: publicProcedure.input(manageInput).mutation(({ ctx, input }) => cancelBooking(ctx.db, input.token, ctx)),
  reschedule: publicProcedure
    .input(rescheduleInput)
    .mutation(({ ctx, input }) => rescheduleBooking(ctx.db, input.token, input.startsAt, ctx)),
});
