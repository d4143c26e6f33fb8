// The app's tRPC router, composed of one small router per domain.
import { auditRouter } from './routers/audit';
import { outboxRouter } from './routers/outbox';
import { staffRouter } from './routers/staff';
import { systemRouter } from './routers/system';
import { createCallerFactory, createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  audit: auditRouter,
  outbox: outboxRouter,
  staff: staffRouter,
  system: systemRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
