// System procedures: the health of the app's dependencies (public: statuses and latencies only).
import { checkHealth } from '@/server/system/health';
import { publicProcedure, createTRPCRouter } from '../trpc';

export const systemRouter = createTRPCRouter({
  health: publicProcedure.query(() => checkHealth()),
});
