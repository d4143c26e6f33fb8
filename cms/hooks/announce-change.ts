// Announces a change of public content on the database's NOTIFY channel. Sent inside the
// write's own transaction, PostgreSQL delivers it only after the commit, so no app process can
// re-read the old version after hearing of the change, and a rolled-back write says nothing.
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres';
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload';
import { CONTENT_CHANNEL, encodeTags, type ContentTag } from '../../src/server/content/change-channel';

export async function announceChange(req: PayloadRequest, tags: readonly ContentTag[]): Promise<void> {
  const adapter = req.payload.db as unknown as PostgresAdapter;
  const transactionId = req.transactionID ? await req.transactionID : undefined;
  const db = (transactionId !== undefined && adapter.sessions?.[transactionId]?.db) || adapter.drizzle;
  await db.execute(sql`select pg_notify(${CONTENT_CHANNEL}, ${encodeTags(tags)})`);
}

export function announceAfterChange(tags: readonly ContentTag[]): CollectionAfterChangeHook {
  return async ({ doc, req }) => {
    await announceChange(req, tags);
    return doc;
  };
}

export function announceAfterDelete(tags: readonly ContentTag[]): CollectionAfterDeleteHook {
  return async ({ doc, req }) => {
    await announceChange(req, tags);
    return doc;
  };
}

export function announceGlobalChange(tags: readonly ContentTag[]): GlobalAfterChangeHook {
  return async ({ doc, req }) => {
    await announceChange(req, tags);
    return doc;
  };
}

/** The hooks block of a collection whose documents are shown on public pages. */
export function announceHooks(tag: ContentTag) {
  return { afterChange: [announceAfterChange([tag])], afterDelete: [announceAfterDelete([tag])] };
}
