// A worker process's "I am alive" record (table worker_heartbeats), refreshed on a timer, so
// /api/health can tell a stopped worker from an idle one. A failed beat (the database is
// restarting) is logged and the next one tried as usual: the heartbeat must never end a worker.
import 'server-only';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Db } from '@/server/db/client';
import type { Logger } from '@/server/logging/logger';

/** Rows of workers that stopped beating a day ago are deleted (crashed workers leave one). */
const PRUNE_AFTER_MS = 24 * 60 * 60 * 1000;

export interface Heartbeat {
  id: string;
  stop(): Promise<void>;
}

export function startHeartbeat(db: Db, intervalSeconds: number, log: Logger): Heartbeat {
  const host = os.hostname().slice(0, 255);
  const id = `${host}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const beat = async () => {
    const now = new Date();
    await db.workerHeartbeat.upsert({
      where: { id },
      create: { id, host, pid: process.pid, beatAt: now },
      update: { beatAt: now },
    });
    await db.workerHeartbeat.deleteMany({ where: { beatAt: { lt: new Date(now.getTime() - PRUNE_AFTER_MS) } } });
  };
  let failing = false;
  const tick = () =>
    beat().then(
      () => {
        if (failing) log.info('heartbeat recorded again');
        failing = false;
      },
      (error: unknown) => {
        if (!failing) log.warn({ err: error }, 'heartbeat not recorded; retrying on the next beat');
        failing = true;
      },
    );
  void tick();
  const timer = setInterval(() => void tick(), intervalSeconds * 1000);
  return {
    id,
    async stop() {
      clearInterval(timer);
      await db.workerHeartbeat.deleteMany({ where: { id } }).catch(() => undefined);
    },
  };
}
