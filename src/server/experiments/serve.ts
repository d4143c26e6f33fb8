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
function isPrefetch(headers: Headers): boolean {
  return headers.has('next-router-prefetch') || headers.get('purpose') === 'prefetch';
}

/** What the proxy and the listener's page cache need of a request. */
export interface ExperimentRequest {
  method: string;
  url: URL;
  headers: Headers;
}

export interface VariantDecision {
  /** The `xv` parameter's value (`<experiment>.<variant>,...`), or null: the page's default text. */
  token: string | null;
  servings: Serving[];
  visitorId: string | null;
}

const NO_VARIANT: VariantDecision = { token: null, servings: [], visitorId: null };

/** Which variant of each surface of the page this request sees (nothing recorded yet). */
export async function decideVariants(request: ExperimentRequest, now = new Date()): Promise<VariantDecision> {
  const surfaces = request.method === 'GET' || request.method === 'HEAD' ? surfacesOf(request.url.pathname) : [];
  if (!surfaces.length) return NO_VARIANT;
  try {
    const experiments = await liveExperiments();
    if (!experiments.length) return NO_VARIANT;
    const visitorId = visitorIdFor(request.headers, now);
    const testLinkId = request.url.searchParams.get(TEST_LINK_PARAM);
    const servings = surfaces
      .map((surface) => servingFor(experiments, surface, { id: visitorId, testLinkId }, now))
      .filter((serving): serving is Serving => serving !== null);
    if (!servings.length) return NO_VARIANT;
    return { token: servings.map(variantToken).join(','), servings, visitorId };
  } catch (error) {
    // Without the catalog the page's default text is shown: an experiment never breaks a page.
    logger.warn({ err: error }, 'experiments not served');
    return NO_VARIANT;
  }
}

/** Counts the visitor as exposed to each variant shown (not for a prefetch nobody may see). */
export function recordExposures(request: ExperimentRequest, decision: VariantDecision): void {
  if (!decision.visitorId || isPrefetch(request.headers)) return;
  for (const serving of decision.servings) {
    if (serving.exposure) recordExposure(decision.visitorId, request.url.pathname, serving);
  }
}

/**
 * The URL to render instead of the request's own, or null when the request is not rewritten.
 * A variant parameter sent by the visitor is never trusted: the proxy alone sets it.
 */
export async function experimentRewrite(
  request: NextRequest,
  now = new Date(),
): Promise<{ url: URL; token: string } | null> {
  const url = new URL(request.nextUrl.href);
  const forged = url.searchParams.has(VARIANT_PARAM);
  const experimentRequest = { method: request.method, url, headers: request.headers };
  const decision = await decideVariants(experimentRequest, now);
  if (!decision.token) return forged ? { url: withoutVariants(url), token: '' } : null;
  recordExposures(experimentRequest, decision);
  const rewritten = withoutVariants(url);
  rewritten.searchParams.set(VARIANT_PARAM, decision.token);
  return { url: rewritten, token: decision.token };
}

function withoutVariants(url: URL): URL {
  const copy = new URL(url);
  copy.searchParams.delete(VARIANT_PARAM);
  return copy;
}
