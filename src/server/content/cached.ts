// Reads published CMS content through the tag cache, once the change feed is live (without
// it an edit could go unnoticed, so content is then read fresh every time).
import 'server-only';
import type { ContentTag } from './change-channel';
import { isChangeFeedLive, startChangeFeed } from './change-feed';
import { contentCache } from './tag-cache';

export async function cachedQuery<T>(key: string, tags: readonly ContentTag[], load: () => Promise<T>): Promise<T> {
  await startChangeFeed().catch(() => undefined);
  if (!isChangeFeedLive()) return load();
  return contentCache.get(key, tags, load);
}
