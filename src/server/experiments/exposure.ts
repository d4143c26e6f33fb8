// Exposures: an analytics event "experiment_exposure" labelled <experiment id>.<variant key>,
// once per visitor, variant and day from each process (repeat views add nothing to the counts,
// which are of distinct visitors, so they are not written).
import 'server-only';
import { variantToken, type Serving } from '@/domain/experiments/assignment';
import { utcDay } from '@/domain/analytics/policy';
import { insertEvent } from '@/server/analytics/record';
import { db } from '@/server/db/client';
import { logger } from '@/server/logging/logger';

const SEEN_LIMIT = 20_000;
const holder = globalThis as unknown as { xteamExposuresSeen?: Set<string> };
const seen = (holder.xteamExposuresSeen ??= new Set<string>());

export function exposureLabel(serving: Pick<Serving, 'experiment' | 'variant'>): string {
  return variantToken(serving);
}

/** Fire-and-forget, like every server-recorded event: never delays the page. */
export function recordExposure(visitorId: string, path: string, serving: Serving, at = new Date()): void {
  const label = exposureLabel(serving);
  const key = `${utcDay(at)}|${visitorId}|${label}`;
  if (seen.has(key)) return;
  if (seen.size >= SEEN_LIMIT) seen.clear();
  seen.add(key);
  insertEvent(db, visitorId, { name: 'experiment_exposure', path, label }, at).catch((error: unknown) => {
    seen.delete(key);
    logger.warn({ err: error }, 'experiment exposure not recorded');
  });
}
