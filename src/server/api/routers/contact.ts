// The contact form: a signed form token when it is shown, and the submission.
import { issueFormToken } from '@/server/contact/form-token';
import { contactFormInput } from '@/server/contact/schema';
import { submitInquiry } from '@/server/contact/service';
import { track } from '@/server/analytics/track';
import { createTRPCRouter, publicProcedure } from '../trpc';

export const contactRouter = createTRPCRouter({
  formToken: publicProcedure.mutation(() => ({ token: issueFormToken() })),
  submit: publicProcedure.input(contactFormInput).mutation(async ({ ctx, input }) => {
    const sent = await submitInquiry(ctx.db, input, ctx);
    track(ctx, 'contact_sent', { path: '/contact' });
    return sent;
  }),
});
