// The contact form: a signed form token when it is shown, and the submission.
import { issueFormToken } from '@/server/contact/form-token';
import { contactFormInput } from '@/server/contact/schema';
import { submitInquiry } from '@/server/contact/service';
import { createTRPCRouter, publicProcedure } from '../trpc';

export const contactRouter = createTRPCRouter({
  formToken: publicProcedure.mutation(() => ({ token: issueFormToken() })),
  submit: publicProcedure.input(contactFormInput).mutation(({ ctx, input }) => submitInquiry(ctx.db, input, ctx)),
});
