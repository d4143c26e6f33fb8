// Listens on the content channel and drops the cached queries a CMS change affects. Every app
// process listens, so an edit made anywhere (the CMS, a script, a scheduled publish, another
// instance) reaches every cache within milliseconds of its commit.
import 'server-only';
import pg from 'pg';
import { env } from '@/env';
import { logger } from '@/server/logging/logger';
import { CONTENT_CHANNEL, decodeTags } from './change-channel';
import { contentCache } from './tag-cache';

interface FeedState {
  client: pg.Client | null;
  ready: Promise<void> | null;
  retryTimer: NodeJS.Timeout | null;
  attempt: number;
}

const holder = globalThis as unknown as { xteamChangeFeed?: FeedState };
const state: FeedState = (holder.xteamChangeFeed ??= { client: null, ready: null, retryTimer: null, attempt: 0 });

async function connect(): Promise<void> {
  const client = new pg.Client({ connectionString: env.DATABASE_URL, application_name: 'xteam-content-feed' });
  client.on('notification', (message) => {
    if (message.channel !== CONTENT_CHANNEL) return;
    const tags = decodeTags(message.payload);
    const dropped = contentCache.invalidate(tags);
    logger.debug({ tags, dropped }, 'content changed');
  });
  client.on('error', (error) => {
    logger.warn({ err: error }, 'content change feed lost its connection; reconnecting');
    reconnectSoon(client);
  });
  client.on('end', () => reconnectSoon(client));
  try {
    await client.connect();
    await client.query(`LISTEN ${CONTENT_CHANNEL}`);
  } catch (error) {
    // Not state.client yet, so its `end` schedules nothing: the caller decides when to retry.
    client.end().catch(() => undefined);
    throw error;
  }
  state.client = client;
  state.attempt = 0;
  // Changes made while nobody listened are unknown: start from an empty cache.
  contentCache.clear();
}

function reconnectSoon(client: pg.Client) {
  if (state.client !== client) return;
  state.client = null;
  state.ready = null;
  contentCache.clear();
  client.end().catch(() => undefined);
  scheduleReconnect();
}

/** Tries again after 0.5, 1, 2, 4... s (at most 30 s) until the database answers. */
function scheduleReconnect() {
  if (state.retryTimer) return;
  const delay = Math.min(30_000, 500 * 2 ** state.attempt);
  state.attempt += 1;
  state.retryTimer = setTimeout(() => {
    state.retryTimer = null;
    void startChangeFeed().catch(() => scheduleReconnect());
  }, delay);
  state.retryTimer.unref();
}

/** Starts listening (once per process); resolves when the feed is live. */
export function startChangeFeed(): Promise<void> {
  // A build (SKIP_ENV_VALIDATION) has no database: nothing to listen to, nothing to log.
  if (!env.DATABASE_URL) return Promise.reject(new Error('no database configured'));
  state.ready ??= connect().catch((error: unknown) => {
    state.ready = null;
    logger.warn({ err: error }, 'content change feed could not connect; content is read uncached');
    throw error;
  });
  return state.ready;
}

/** True while changes are being heard; without the feed, reads must not be cached. */
export function isChangeFeedLive(): boolean {
  return state.client !== null;
}
