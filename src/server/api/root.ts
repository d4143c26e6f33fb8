// The app's tRPC router, composed of one small router per domain.
import { analyticsRouter } from './routers/analytics';
import { auditRouter } from './routers/audit';
import { bookingRouter } from './routers/booking';
import { contactRouter } from './routers/contact';
import { integrationsRouter } from './routers/integrations';
import { leadsRouter } from './routers/leads';
import { meRouter } from './routers/me';
import { outboxRouter } from './routers/outbox';
import { privacyRouter } from './routers/privacy';
import { privacyAdminRouter } from './routers/privacy-admin';
import { roiRouter } from './routers/roi';
import { staffRouter } from './routers/staff';
import { staffAccountRouter } from './routers/staff-account';
import { systemRouter } from './routers/system';
import { createCallerFactory, createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  analytics: analyticsRouter,
  audit: auditRouter,
  booking: bookingRouter,
  contact: contactRouter,
  integrations: integrationsRouter,
  leads: leadsRouter,
  me: meRouter,
  outbox: outboxRouter,
  privacy: privacyRouter,
  privacyAdmin: privacyAdminRouter,
  roi: roiRouter,
  staff: staffRouter,
  staffAccount: staffAccountRouter,
  system: systemRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
