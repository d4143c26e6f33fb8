// The NOTIFY channel on which recommendation runs announce themselves to every app process: a
// write of the run (payload "<audit id>:<version>:progress"), a stop request (":stop") and a
// watcher arriving (":watch"). One LISTEN connection per process fans them out to the runs and
// watchers of that process, which re-read the row: the payload stays small and the row is the
// truth. Kept apart from the content feed (its own connection) so each can be changed alone.
import 'server-only';
import pg from 'pg';
import { env } from '@/env';
import type { Db } from '@/server/db/client';
import { logger } from '@/server/logging/logger';
import { parseRunEvent, RUN_CHANNEL, type RunEvent } from './run-event';

export { RUN_CHANNEL } from './run-event';

type Listener = (event: RunEvent) => void;

interface FeedState {
  client: pg.Client | null;
  ready: Promise<void> | null;
  retryTimer: NodeJS.Timeout | null;
  attempt: number;
  listeners: Map<string, Set<Listener>>;
}

const holder = globalThis as unknown as { xteamRunFeed?: FeedState };
const state: FeedState = (holder.xteamRunFeed ??= {
  client: null,
  ready: null,
  retryTimer: null,
  attempt: 0,
  listeners: new Map(),
});

function dispatch(event: RunEvent) {
  for (const listener of state.listeners.get(event.auditId) ?? []) listener(event);
}

async function connect(): Promise<void> {
  const client = new pg.Client({ connectionString: env.DATABASE_URL, application_name: 'xteam-run-feed' });
  client.on('notification', (message) => {
    if (message.channel !== RUN_CHANNEL) return;
    const event = parseRunEvent(message.payload);
    if (event) dispatch(event);
  });
  client.on('error', (error) => {
    logger.warn({ err: error }, 'run feed lost its connection; reconnecting');
    reconnectSoon(client);
  });
  client.on('end', () => reconnectSoon(client));
  await client.connect();
  await client.query(`LISTEN ${RUN_CHANNEL}`);
  state.client = client;
  state.attempt = 0;
}

function reconnectSoon(client: pg.Client) {
  if (state.client !== client) return;
  state.client = null;
  state.ready = null;
  client.end().catch(() => undefined);
  if (state.retryTimer) return;
  const delay = Math.min(30_000, 500 * 2 ** state.attempt);
  state.attempt += 1;
  state.retryTimer = setTimeout(() => {
    state.retryTimer = null;
    void startRunFeed().catch(() => undefined);
  }, delay);
  state.retryTimer.unref();
}

/** Starts listening (once per process); resolves when the feed is live. */
export function startRunFeed(): Promise<void> {
  if (!env.DATABASE_URL) return Promise.reject(new Error('no database configured'));
  state.ready ??= connect().catch((error: unknown) => {
    state.ready = null;
    logger.warn({ err: error }, 'run feed could not connect; runs are followed by polling');
    throw error;
  });
  return state.ready;
}

/** While false, watchers poll the row instead of waiting for notifications. */
export function isRunFeedLive(): boolean {
  return state.client !== null;
}

/** Calls the listener on every event of one audit's run, in this process; returns the unsubscribe. */
export function onRunEvent(auditId: string, listener: Listener): () => void {
  let set = state.listeners.get(auditId);
  if (!set) state.listeners.set(auditId, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0 && state.listeners.get(auditId) === set) state.listeners.delete(auditId);
  };
}

/** Tells the run's owner, wherever it is, that a results page is watching (it starts pacing). */
export async function announceWatcher(db: Db, auditId: string): Promise<void> {
  await db.$executeRaw`select pg_notify(${RUN_CHANNEL}, ${`${auditId}:0:watch`})`;
}
