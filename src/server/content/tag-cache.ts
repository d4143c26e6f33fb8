// In-process cache of published CMS content, keyed by query and tagged with the collections it
// read. A change to a collection drops every entry tagged with it (see change-feed.ts), so
// lists and pages never outlive an edit; the time-to-live only bounds a missed notification.
// No imports on purpose: it is shared by the app, the CMS hooks and the unit tests.
export const CONTENT_CACHE_TTL_MS = 10 * 60_000;
const MAX_ENTRIES = 500;

interface Entry {
  value: Promise<unknown>;
  tags: readonly string[];
  storedAt: number;
}

export class TagCache {
  private entries = new Map<string, Entry>();
  private generation = 0;

  constructor(
    private readonly ttlMs = CONTENT_CACHE_TTL_MS,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  async get<T>(key: string, tags: readonly string[], load: () => Promise<T>, now = Date.now()): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && now - hit.storedAt < this.ttlMs) {
      // Refresh its place in the LRU order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const generation = this.generation;
    const value = load();
    const entry: Entry = { value, tags, storedAt: now };
    this.entries.set(key, entry);
    this.evict();
    try {
      return await value;
    } catch (error) {
      if (this.entries.get(key) === entry) this.entries.delete(key);
      throw error;
    } finally {
      // A change that arrived while loading may have been read too early: do not keep it.
      if (generation !== this.generation && this.entries.get(key) === entry) this.entries.delete(key);
    }
  }

  invalidate(tags: readonly string[]): number {
    this.generation += 1;
    let dropped = 0;
    for (const [key, entry] of this.entries) {
      if (entry.tags.some((tag) => tags.includes(tag))) {
        this.entries.delete(key);
        dropped += 1;
      }
    }
    return dropped;
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Changes with every invalidation: a value computed under one version is stale under the next. */
  get version(): number {
    return this.generation;
  }

  private evict() {
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}

// One cache per process, also when the bundler loads this module more than once.
const holder = globalThis as unknown as { xteamContentCache?: TagCache };
export const contentCache: TagCache = holder.xteamContentCache ?? new TagCache();
holder.xteamContentCache = contentCache;
