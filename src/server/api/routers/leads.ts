// Staff (admin and sales): the lead list and page, the pipeline, owners, notes and follow-ups.
import { addLeadNote, assignableStaff, assignLead, setLeadStatus } from '@/server/leads/actions';
import { getLead } from '@/server/leads/detail';
import { annotateFollowUp, completeFollowUp, openFollowUps, scheduleFollowUp } from '@/server/leads/follow-ups';
import { leadFilterOptions, listLeads } from '@/server/leads/list';
import {
  addNoteInput,
  annotateFollowUpInput,
  assignInput,
  completeFollowUpInput,
  leadIdInput,
  leadListInput,
  scheduleFollowUpInput,
  setStatusInput,
} from '@/server/leads/schema';
import { salesProcedure, createTRPCRouter } from '../trpc';

export const leadsRouter = createTRPCRouter({
  list: salesProcedure.input(leadListInput).query(({ ctx, input }) => listLeads(ctx.db, input)),
  filterOptions: salesProcedure.query(({ ctx }) => leadFilterOptions(ctx.db)),
  get: salesProcedure.input(leadIdInput).query(({ ctx, input }) => getLead(ctx.db, input.id)),
  staff: salesProcedure.query(({ ctx }) => assignableStaff(ctx.db)),
  setStatus: salesProcedure
    .input(setStatusInput)
    .mutation(({ ctx, input }) => setLeadStatus(ctx.db, input.id, input.status, ctx.session.user.id)),
  assign: salesProcedure
    .input(assignInput)
    .mutation(({ ctx, input }) => assignLead(ctx.db, input.id, input.userId, ctx.session.user.id)),
  addNote: salesProcedure
    .input(addNoteInput)
    .mutation(({ ctx, input }) => addLeadNote(ctx.db, input.id, input.text, ctx.session.user.id)),
  openFollowUps: salesProcedure.query(({ ctx }) => openFollowUps(ctx.db)),
  scheduleFollowUp: salesProcedure
    .input(scheduleFollowUpInput)
    .mutation(({ ctx, input }) => scheduleFollowUp(ctx.db, input, ctx.session.user.id)),
  completeFollowUp: salesProcedure
    .input(completeFollowUpInput)
    .mutation(({ ctx, input }) =>
      completeFollowUp(ctx.db, input.id, { outcome: input.outcome, actorId: ctx.session.user.id }),
    ),
  annotateFollowUp: salesProcedure
    .input(annotateFollowUpInput)
    .mutation(({ ctx, input }) => annotateFollowUp(ctx.db, input.id, input.notes)),
});
