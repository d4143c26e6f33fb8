// Last-resort handlers for errors nobody caught. A rejected promise nobody awaited (pg-boss
// completes jobs without awaiting, so a database restart rejects them in the void) is logged
// and the process carries on: its state is intact. An uncaught exception may have left state
// half-changed, so a supervised process (the worker) logs it and exits for its supervisor to
// start a fresh one; the web server, which nothing restarts, logs it and keeps serving.
import 'server-only';
import type { Logger } from '@/server/logging/logger';
import { onLostConnection } from '@/server/db/guarded-pg';

const holder = globalThis as unknown as { xteamProcessGuards?: boolean };

export function installProcessGuards(log: Logger, onUncaughtException: 'exit' | 'keep-serving'): void {
  onLostConnection((err, pool) => log.warn({ err, pool }, 'database connection lost'));
  if (holder.xteamProcessGuards) return;
  holder.xteamProcessGuards = true;
  process.on('unhandledRejection', (reason) => {
    log.error({ err: reason }, 'unhandled promise rejection (process keeps running)');
  });
  process.on('uncaughtException', (error, origin) => {
    if (onUncaughtException === 'keep-serving') {
      log.error({ err: error, origin }, 'uncaught exception (process keeps serving)');
      return;
    }
    log.fatal({ err: error, origin }, 'uncaught exception: exiting for the supervisor to restart this process');
    // pino writes synchronously to stdout; exit right away rather than run on broken state.
    process.exit(1);
  });
}
