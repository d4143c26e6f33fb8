// The proxy's part of an experiment: which variant this request sees on each surface of the
// page, written into the rewritten URL (?xv=<experiment>.<variant>) so each variant is a page
// of its own (and may be cached as one), and the exposure recorded for countable visitors.
import 'server-only';
import type { NextRequest } from 'next/server';
import { servingFor, variantToken, type Serving } from '@/domain/experiments/assignment';
import { TEST_LINK_PARAM, VARIANT_PARAM, type Surface } from '@/domain/experiments/types';
import { visitorIdFor } from '@/server/analytics/visitor';
import { logger } from '@/server/logging/logger';
import { liveExperiments } from './catalog';
import { recordExposure } from './exposure';

const RESULTS_PAGE = /^\/audit\/results\/[0-9a-f-]{36}$/;

/** The surfaces a page shows (the only pages the proxy looks up experiments for). */
export function surfacesOf(pathname: string): readonly Surface[] {
  if (pathname === '/') return ['home-hero', 'audit-cta'];
  if (RESULTS_PAGE.test(pathname)) return ['booking-prompt'];
  return [];
}

/** Next's router prefetches pages it may never show: those are not exposures. */
function isPrefetch(request: NextRequest): boolean {
  return request.headers.has('next-router-prefetch') || request.headers.get('purpose') === 'prefetch';
}

/**
 * The URL to render instead of the request's own, or null when the request is not rewritten.
 * A variant parameter sent by the visitor is never trusted: the proxy alone sets it.
 */
export async function experimentRewrite(request: NextRequest, now = new Date()): Promise<URL | null> {
  const url = request.nextUrl;
  const surfaces = request.method === 'GET' || request.method === 'HEAD' ? surfacesOf(url.pathname) : [];
  const forged = url.searchParams.has(VARIANT_PARAM);
  if (!surfaces.length) return forged ? withoutVariants(url) : null;
  let servings: Serving[] = [];
  let visitorId: string | null = null;
  try {
    const experiments = await liveExperiments();
    if (experiments.length) {
      visitorId = visitorIdFor(request.headers, now);
      const testLinkId = url.searchParams.get(TEST_LINK_PARAM);
      servings = surfaces
        .map((surface) => servingFor(experiments, surface, { id: visitorId, testLinkId }, now))
        .filter((serving): serving is Serving => serving !== null);
    }
  } catch (error) {
    // Without the catalog the page's default text is shown: an experiment never breaks a page.
    logger.warn({ err: error }, 'experiments not served');
  }
  if (!servings.length) return forged ? withoutVariants(url) : null;
  if (visitorId && !isPrefetch(request)) {
    for (const serving of servings) if (serving.exposure) recordExposure(visitorId, url.pathname, serving);
  }
  const rewritten = withoutVariants(url);
  rewritten.searchParams.set(VARIANT_PARAM, servings.map(variantToken).join(','));
  return rewritten;
}

function withoutVariants(url: URL): URL {
  const copy = new URL(url);
  copy.searchParams.delete(VARIANT_PARAM);
  return copy;
}
