// The rendered public pages of this process, bounded in bytes (least recently used goes first).
// An entry belongs to one version of the CMS content (the content cache's version, bumped by the
// NOTIFY change feed in every process): after any change, or while the feed is down, no entry is
// served. Past its time-to-live an entry is still served while one request renders it afresh
// (stale-while-revalidate). With no entry at all, concurrent requests for a page wait for the
// one render in flight instead of each rendering it. Build assets are immutable: kept whatever
// changes, until evicted.
// No imports: the listener (scripts/serve.ts) and the unit tests load it.

export interface CachedPage {
  status: number;
  /** Response headers to replay, without the per-response ones (CSP, request id, length, date). */
  headers: ReadonlyArray<readonly [string, string | string[]]>;
  body: CachedBody;
  /** The Content-Security-Policy split at the nonce (a single part when it has none). */
  cspParts: readonly string[];
  bytes: number;
}

export type CachedBody =
  /** A page with a CSP nonce, split at it: each response joins the parts with a fresh one. */
  | { kind: 'nonced'; parts: readonly Buffer[] }
  /** The same bytes for everyone (a build asset, a JSON document): compressed once, when kept. */
  | { kind: 'fixed'; identity: Buffer; br: Buffer | null; gzip: Buffer | null };

interface Entry {
  page: CachedPage;
  storedAt: number;
  /** A build asset: the same bytes whatever the content, the database or the time. */
  immutable: boolean;
}

interface Refresh {
  promise: Promise<CachedPage | null>;
  resolve: (page: CachedPage | null) => void;
}

export interface PageCacheOptions {
  maxBytes: number;
  ttlMs: number;
  /** The content version now; entries stored under another one are stale. */
  contentVersion: () => number;
  /** False while content changes cannot be heard: nothing is served from or kept in the cache. */
  isLive: () => boolean;
  now?: () => number;
}

export type Lookup =
  | { kind: 'hit'; page: CachedPage }
  /** Stale: served while another request renders the page. */
  | { kind: 'stale'; page: CachedPage }
  /** Not cached, but being rendered: wait for that render. */
  | { kind: 'wait'; page: Promise<CachedPage | null> }
  /** This request renders the page; call `settle` with the result (or null) when done. */
  | { kind: 'render'; settle: (page: CachedPage | null) => void }
  | { kind: 'off' };

export class PageCache {
  private entries = new Map<string, Entry>();
  private refreshing = new Map<string, Refresh>();
  private bytes = 0;
  private seenVersion: number | null = null;
  private readonly now: () => number;

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  lookup(key: string, { immutable = false } = {}): Lookup {
    if (!immutable && !this.options.isLive()) return { kind: 'off' };
    const version = this.options.contentVersion();
    if (version !== this.seenVersion) {
      // Content changed: every page may show it, so none is kept (build assets stay).
      for (const [stored, entry] of this.entries) if (!entry.immutable) this.remove(stored);
      this.seenVersion = version;
    }
    const current = this.entries.get(key);
    const refresh = this.refreshing.get(key);
    if (current) {
      // Most recently used last: the first key of the map is the one to evict.
      this.entries.delete(key);
      this.entries.set(key, current);
      if (current.immutable || this.now() - current.storedAt < this.options.ttlMs) {
        return { kind: 'hit', page: current.page };
      }
      if (refresh) return { kind: 'stale', page: current.page };
    } else if (refresh) {
      return { kind: 'wait', page: refresh.promise };
    }
    return { kind: 'render', settle: this.beginRefresh(key, immutable, version) };
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /** `renderedUnder`: the content version when the render began. */
  private beginRefresh(key: string, immutable: boolean, renderedUnder: number) {
    let resolve!: (page: CachedPage | null) => void;
    const promise = new Promise<CachedPage | null>((done) => (resolve = done));
    const refresh: Refresh = { promise, resolve };
    this.refreshing.set(key, refresh);
    let settled = false;
    return (page: CachedPage | null) => {
      if (settled) return;
      settled = true;
      if (this.refreshing.get(key) === refresh) this.refreshing.delete(key);
      // Content that changed during the render may have been read before the change.
      const keep =
        page !== null &&
        page.bytes <= this.options.maxBytes / 4 &&
        (immutable || (this.options.isLive() && renderedUnder === this.options.contentVersion()));
      if (keep) this.store(key, page, immutable);
      // A page that may no longer be kept (an experiment started on it) must not be served stale.
      else if (page === null) this.remove(key);
      resolve(keep ? page : null);
    };
  }

  private store(key: string, page: CachedPage, immutable: boolean) {
    this.remove(key);
    this.entries.set(key, { page, storedAt: this.now(), immutable });
    this.bytes += page.bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.page.bytes;
    }
  }

  private remove(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.page.bytes;
  }
}
