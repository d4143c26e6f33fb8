// When the listener keeps a rendered page, it asks itself for the page's scripts and styles
// (one at a time, in the background), so they are compressed and kept before the browsers of
// the page's next visitors ask for them: a build asset's first answer is Next's own, sent
// uncompressed (228 KB instead of 62 KB for React's chunk) while its copy is compressed.
// Each path is asked for once per process; paths are immutable build files, finite per build.
import type { CachedPage } from './store';

/** A script or style path, in an attribute or in the page's flight data (a JSON string there). */
const ASSET = /\/_next\/static\/[A-Za-z0-9._~/-]+\.(?:js|css)(?=["'?\\])/g;
/** A bound on what is remembered, should a page ever list far more files than a build has. */
const MAX_REMEMBERED = 5_000;

/** The build assets a kept page refers to, each once. */
export function assetPaths(page: CachedPage): string[] {
  if (page.body.kind !== 'nonced') return [];
  const html = Buffer.concat(page.body.parts).toString('utf8');
  return [...new Set(html.match(ASSET) ?? [])];
}

/** `fetchAsset` asks this process for one path (its answer is read to the end and dropped). */
export function createAssetWarmer(fetchAsset: (path: string) => Promise<void>) {
  const asked = new Set<string>();
  let queue = Promise.resolve();
  return function warm(page: CachedPage): void {
    for (const path of assetPaths(page)) {
      if (asked.has(path) || asked.size >= MAX_REMEMBERED) continue;
      asked.add(path);
      queue = queue.then(() => fetchAsset(path)).catch(() => undefined);
    }
  };
}
