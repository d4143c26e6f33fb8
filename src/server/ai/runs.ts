// Recommendation runs: one per audit, owned by the server (not by a browser connection), with
// progress persisted as it streams, so a reload mid-stream shows what was produced and follows
// the rest, and a finished audit replays instantly from the database.
import 'server-only';
import { recommendFromPlaybooks } from '@/domain/audit/playbooks';
import { recommendationSchema, type Recommendation } from '@/domain/audit/recommendation';
import { env } from '@/env';
import { afterRecommendations } from '@/server/audit/after-recommendations';
import type { Db } from '@/server/db/client';
import { logger } from '@/server/logging/logger';
import type { RecommendationContext } from './context';
import type { PartialRecommendation } from './generate';
import { builtInModel, chooseModel } from './models';
import { storedRecommendationContext } from './stored-context';
import { recommendWithFallback } from './with-fallback';

export type RecommendationsStatus = 'pending' | 'streaming' | 'complete' | 'stopped' | 'failed';
export interface RecommendationsSnapshot {
  status: RecommendationsStatus;
  recommendations: PartialRecommendation[];
  modelUsed: string | null;
}

interface Run {
  snapshot: RecommendationsSnapshot;
  listeners: Set<() => void>;
  controller: AbortController;
  done: Promise<RecommendationsSnapshot>;
  /** Starts a run that waits for its first watcher (see StartOptions.waitForWatcherMs). */
  kick: () => void;
}

const PERSIST_EVERY_MS = 400;
const globalRuns = globalThis as unknown as { recommendationRuns?: Map<string, Run> };
const runs = (globalRuns.recommendationRuns ??= new Map<string, Run>());

const isComplete = (item: PartialRecommendation): item is Recommendation =>
  recommendationSchema.safeParse(item).success;

async function persist(db: Db, auditId: string, snapshot: RecommendationsSnapshot) {
  await db.auditResult.update({
    where: { auditId },
    data: {
      recommendations: snapshot.recommendations as object[],
      recommendationsStatus: snapshot.status,
      modelUsed: snapshot.modelUsed,
      recommendationsAt: snapshot.status === 'streaming' ? undefined : new Date(),
    },
  });
}

export interface StartOptions {
  context?: RecommendationContext | null;
  clientIp: string;
  /** A visitor is watching: the built-in model writes at reading speed. */
  paced: boolean;
  /**
   * Wait this long for the results page to subscribe before writing, so the visitor sees the
   * recommendations arrive from the first one; write anyway after it (e.g. for the report).
   */
  waitForWatcherMs?: number;
}

/** Starts writing an audit's recommendations, or returns the run already doing it. */
export function startRecommendations(db: Db, auditId: string, options: StartOptions): Run {
  const existing = runs.get(auditId);
  if (existing) return existing;
  const run: Run = {
    snapshot: { status: 'streaming', recommendations: [], modelUsed: null },
    listeners: new Set(),
    controller: new AbortController(),
    done: Promise.resolve(undefined as never),
    kick: () => {},
  };
  const watcherArrived = new Promise<void>((resolve) => {
    run.kick = resolve;
  });
  const update = (snapshot: RecommendationsSnapshot) => {
    run.snapshot = snapshot;
    run.listeners.forEach((listener) => listener());
  };
  let lastPersist = 0;
  let persisting: Promise<void> = Promise.resolve();

  run.done = (async () => {
    const log = logger.child({ auditId });
    const context = options.context ?? (await storedRecommendationContext(db, auditId));
    if (!context) throw new Error(`no scored audit ${auditId}`);
    // Pace (and stream) only for a visitor who is watching; nobody watching, write at once.
    let paced = options.paced;
    if (options.waitForWatcherMs) {
      paced = await Promise.race([
        watcherArrived.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), options.waitForWatcherMs)),
      ]);
    }
    await persist(db, auditId, run.snapshot);
    try {
      const primary = await chooseModel(options.clientIp, paced);
      const { recommendations, modelUsed } = await recommendWithFallback({
        primary,
        fallback: () => builtInModel(paced),
        context,
        timeoutMs: env.AI_TIMEOUT_MS,
        signal: run.controller.signal,
        log,
        // Without a watcher (an API call) there is nothing to stream to.
        onPartial: !paced
          ? undefined
          : (partial) => {
              update({ ...run.snapshot, recommendations: partial });
              if (Date.now() - lastPersist > PERSIST_EVERY_MS) {
                lastPersist = Date.now();
                persisting = persisting
                  .then(() => persist(db, auditId, run.snapshot))
                  .catch((error) => log.warn({ err: error }, 'progress not saved'));
              }
            },
      });
      update({ status: 'complete', recommendations, modelUsed });
    } catch (error) {
      if (run.controller.signal.aborted) {
        update({
          ...run.snapshot,
          status: 'stopped',
          recommendations: run.snapshot.recommendations.filter(isComplete),
        });
      } else {
        // Even the built-in model failed: the audit still completes, with the plain playbook engine.
        log.error({ err: error }, 'recommendation run failed; using the playbook engine directly');
        const recommendations = recommendFromPlaybooks(
          context.catalogue,
          context.answers,
          context.maturity.dimensions,
          context.benchmarks,
          context.wanted,
        );
        update({ status: 'complete', recommendations, modelUsed: 'playbooks (after a model failure)' });
      }
    }
    await persisting;
    await persist(db, auditId, run.snapshot);
    await afterRecommendations(db, auditId);
    return run.snapshot;
  })().finally(() => {
    runs.delete(auditId);
    run.listeners.forEach((listener) => listener());
  });
  runs.set(auditId, run);
  return run;
}

export function stopRecommendations(auditId: string): boolean {
  const run = runs.get(auditId);
  if (!run) return false;
  run.controller.abort(new Error('stopped by the visitor'));
  return true;
}

/**
 * The recommendations of an audit as they are written: the stored state first, then every
 * change until the run ends. Restarts a run that a server restart interrupted.
 */
export async function* watchRecommendations(
  db: Db,
  auditId: string,
  clientIp: string,
  signal?: AbortSignal,
): AsyncGenerator<RecommendationsSnapshot> {
  const stored = await db.auditResult.findUnique({ where: { auditId } });
  if (!stored) return;
  let run = runs.get(auditId);
  if (!run && (stored.recommendationsStatus === 'pending' || stored.recommendationsStatus === 'streaming')) {
    run = startRecommendations(db, auditId, { clientIp, paced: true });
  }
  if (!run) {
    yield {
      status: stored.recommendationsStatus as RecommendationsStatus,
      recommendations: stored.recommendations as PartialRecommendation[],
      modelUsed: stored.modelUsed,
    };
    return;
  }
  run.kick();
  let changed: () => void = () => {};
  const listener = () => changed();
  run.listeners.add(listener);
  signal?.addEventListener('abort', listener, { once: true });
  try {
    let last: RecommendationsSnapshot | null = null;
    while (!signal?.aborted) {
      if (run.snapshot !== last) {
        last = run.snapshot;
        yield last;
        if (last.status !== 'streaming') return;
      }
      await new Promise<void>((resolve) => {
        changed = resolve;
      });
    }
  } finally {
    run.listeners.delete(listener);
    signal?.removeEventListener('abort', listener);
  }
}
