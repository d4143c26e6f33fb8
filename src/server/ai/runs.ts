// Recommendation runs: one per audit, owned through the database (not by a process or a browser
// connection). The owner claims the run with a lease and renews it while it writes; progress is
// saved as it streams and announced on NOTIFY, so a results page served by any instance follows
// it, a stop asked on any instance ends it, and a run whose owner died is taken over by the next
// watcher. A finished audit replays instantly from the database.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { recommendationSchema, type Recommendation } from '@/domain/audit/recommendation';
import { env } from '@/env';
import { afterRecommendations } from '@/server/audit/after-recommendations';
import type { Db } from '@/server/db/client';
import { logger } from '@/server/logging/logger';
import type { RecommendationContext } from './context';
import type { PartialRecommendation } from './generate';
import { chooseChain, type ChosenModel } from './models';
import { announceWatcher, isRunFeedLive, onRunEvent, startRunFeed } from './run-feed';
import {
  claimRun,
  finishRun,
  readRun,
  renewLease,
  requestStop,
  resetStoppedRun,
  saveProgress,
  type Lease,
  type RecommendationsSnapshot,
} from './run-store';
import { storedRecommendationContext } from './stored-context';
import { playbooksAfterFailure, recommendWithChain } from './with-fallback';
import { metrics } from '@/server/metrics/registry';

export type { RecommendationsSnapshot, RecommendationsStatus } from './run-store';

/** A lease not renewed for this long is taken over; renewed three times within it. */
const LEASE_MS = 6000;
const RENEW_EVERY_MS = LEASE_MS / 3;
/** Without the NOTIFY feed (reconnecting), watchers read the row this often. */
const POLL_MS = 250;

// One owner id per process: a restarted process is a new owner and takes over like any other.
const holder = globalThis as unknown as { xteamRunOwner?: string };
const OWNER = (holder.xteamRunOwner ??= `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`);

const isComplete = (item: PartialRecommendation): item is Recommendation =>
  recommendationSchema.safeParse(item).success;

/** What the results page shows as a card: anything with a title so far. */
const isShown = (item: PartialRecommendation) => typeof item.title === 'string' && item.title.trim().length > 0;

export interface StartOptions {
  context?: RecommendationContext | null;
  clientIp: string;
  /** A visitor is watching: the built-in model writes at reading speed. */
  paced: boolean;
  /**
   * Wait this long for a results page (on any instance) to watch before writing, so the visitor
   * sees the recommendations arrive from the first one; write anyway after it (e.g. for the report).
   */
  waitForWatcherMs?: number;
  /** Stream and save progress even unpaced (a slow external LLM: an API answer shows what is written so far). */
  saveProgress?: boolean;
  /** The models to write with, when the caller chose them already (and counted the LLM budget). */
  chain?: ChosenModel[];
}

export interface RunHandle {
  /** The run's end: its final state, or null when another owner took it over. */
  done: Promise<RecommendationsSnapshot | null>;
}

/** Claims the audit's run and starts writing it here; null when a live owner already has it. */
export async function startRecommendations(db: Db, auditId: string, options: StartOptions): Promise<RunHandle | null> {
  await startRunFeed().catch(() => undefined);
  const lease = await claimRun(db, auditId, OWNER, LEASE_MS);
  if (!lease) return null;
  return { done: execute(db, auditId, lease, options) };
}

async function execute(
  db: Db,
  auditId: string,
  lease: Lease,
  options: StartOptions,
): Promise<RecommendationsSnapshot | null> {
  const log = logger.child({ auditId });
  const controller = new AbortController();
  let lost = false;
  const stop = () => controller.abort(new Error('stopped by the visitor'));
  const checkLease = (current: Lease | null) => {
    if (!current) {
      lost = true;
      controller.abort(new Error('lease taken over'));
    } else if (current.stopRequested) stop();
  };
  let kick: () => void = () => {};
  const watcherArrived = new Promise<void>((resolve) => (kick = resolve));
  const unsubscribe = onRunEvent(auditId, (event) => {
    if (event.kind === 'watch') kick();
    if (event.kind === 'stop') stop();
  });
  const renew = setInterval(() => {
    renewLease(db, auditId, OWNER, LEASE_MS)
      .then(checkLease)
      .catch((error: unknown) => log.warn({ err: error }, 'run lease not renewed'));
  }, RENEW_EVERY_MS);
  renew.unref();
  checkLease(lease);

  // Progress writes never pile up: one in flight, then the latest state if it changed meanwhile.
  let latest: PartialRecommendation[] | null = null;
  let writing: Promise<void> | null = null;
  const flush = (): Promise<void> => {
    writing ??= (async () => {
      while (latest && !lost) {
        const recommendations = latest;
        latest = null;
        await saveProgress(db, auditId, OWNER, LEASE_MS, recommendations)
          .then(checkLease)
          .catch((error: unknown) => log.warn({ err: error }, 'progress not saved'));
      }
    })().finally(() => {
      writing = null;
    });
    return writing;
  };

  let result: RecommendationsSnapshot;
  let written: PartialRecommendation[] = [];
  try {
    const context = options.context ?? (await storedRecommendationContext(db, auditId));
    if (!context) throw new Error(`no scored audit ${auditId}`);
    // Pace (and stream) only for a visitor who is watching; nobody watching, write at once.
    let paced = options.paced;
    if (options.waitForWatcherMs && !controller.signal.aborted) {
      paced = await Promise.race([
        watcherArrived.then(() => true),
        new Promise<boolean>((resolve) => controller.signal.addEventListener('abort', () => resolve(false))),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), options.waitForWatcherMs)),
      ]);
    }
    try {
      if (controller.signal.aborted) throw controller.signal.reason;
      const chain = options.chain ?? (await chooseChain(options.clientIp, paced));
      const startedAt = performance.now();
      let firstShown = false;
      const generated = await recommendWithChain({
        chain,
        context,
        timeoutMs: env.AI_TIMEOUT_MS,
        signal: controller.signal,
        log,
        // Without a watcher (an API call) there is nothing to stream to.
        onPartial: !(paced || options.saveProgress)
          ? undefined
          : (partial) => {
              if (!firstShown && partial.some(isComplete)) {
                firstShown = true;
                metrics().firstRecommendation.observe((performance.now() - startedAt) / 1000);
              }
              written = partial;
              latest = partial;
              void flush();
            },
      });
      result = { status: 'complete', ...generated };
    } catch (error) {
      if (controller.signal.aborted) {
        // Stopping keeps every card the visitor has seen, the one being written included.
        result = { status: 'stopped', recommendations: written.filter(isShown), modelUsed: null };
      } else {
        // Even the built-in model failed: the audit still completes, with the plain playbook engine.
        log.error({ err: error }, 'recommendation run failed; using the playbook engine directly');
        result = { status: 'complete', ...playbooksAfterFailure(context) };
      }
    }
    latest = null;
    await writing;
  } catch (error) {
    // Nothing to write from (the audit has no scored result): end the run rather than leave it
    // to be taken over and fail again.
    if (!lost) await finishRun(db, auditId, OWNER, { status: 'failed', recommendations: [], modelUsed: null });
    throw error;
  } finally {
    clearInterval(renew);
    unsubscribe();
  }
  if (lost || !(await finishRun(db, auditId, OWNER, result))) {
    log.warn('another instance took the recommendation run over; its result stands');
    return null;
  }
  countRecommendations(result);
  await afterRecommendations(auditId);
  return result;
}

/** Counts finished recommendations by model label: its id without the note ("gpt-4o-mini (fallback from ...)" -> "gpt-4o-mini"). */
export function countRecommendations(result: RecommendationsSnapshot) {
  if (result.status !== 'complete' || !result.modelUsed) return;
  const fallback = /fallback from|after a model failure/.test(result.modelUsed);
  metrics().recommendations.inc({ model: result.modelUsed.split(' (')[0]!, fallback: String(fallback) });
}

/** Asks the run to stop, whichever instance writes it; false when nothing is being written. */
export function stopRecommendations(db: Db, auditId: string): Promise<boolean> {
  return requestStop(db, auditId);
}

/** Writes a stopped audit's recommendations again; the results page then subscribes anew. */
export async function restartRecommendations(
  db: Db,
  auditId: string,
  ctx: { clientIp: string; log: typeof logger },
): Promise<boolean> {
  if (!(await resetStoppedRun(db, auditId))) return false;
  const handle = await startRecommendations(db, auditId, { clientIp: ctx.clientIp, paced: true });
  handle?.done.catch((error: unknown) => ctx.log.error({ err: error, auditId }, 'restarted run failed'));
  return true;
}

/**
 * The recommendations of an audit as they are written: the stored state first, then every
 * change until the run ends, wherever it is written. Takes over a run nobody owns any more
 * (its owner died, or a server restart interrupted it).
 */
export async function* watchRecommendations(
  db: Db,
  auditId: string,
  clientIp: string,
  signal?: AbortSignal,
): AsyncGenerator<RecommendationsSnapshot> {
  await startRunFeed().catch(() => undefined);
  let wake: () => void = () => {};
  let pending = false;
  const changed = () => {
    pending = true;
    wake();
  };
  const unsubscribe = onRunEvent(auditId, changed);
  signal?.addEventListener('abort', changed, { once: true });
  let announced = false;
  let lastVersion = -1;
  try {
    while (!signal?.aborted) {
      pending = false;
      const run = await readRun(db, auditId);
      if (!run) return;
      if (run.claimable) {
        const handle = await startRecommendations(db, auditId, { clientIp, paced: true });
        handle?.done.catch((error: unknown) => logger.error({ err: error, auditId }, 'taken-over run failed'));
        continue;
      }
      if (run.version !== lastVersion) {
        lastVersion = run.version;
        const { status, recommendations, modelUsed } = run;
        yield { status, recommendations, modelUsed };
        if (status !== 'pending' && status !== 'streaming') return;
      }
      if (!announced) {
        announced = true;
        await announceWatcher(db, auditId);
      }
      // Woken by the next write; otherwise check the owner's lease now and then.
      if (!pending)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, isRunFeedLive() ? RENEW_EVERY_MS : POLL_MS);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
    }
  } finally {
    unsubscribe();
    signal?.removeEventListener('abort', changed);
  }
}
