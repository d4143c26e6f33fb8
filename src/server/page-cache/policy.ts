// Which requests the page cache may answer, and under which key. A public page is the same for
// every visitor except for the analytics choice (the consent banner's state), so that choice is
// part of the key; anything personal, time-bound or live is never cached:
//   - results, continue-your-audit, your-data and the admin area belong to one person;
//   - /consultation shows free slots as of now, /status is a live check;
//   - Next's client navigations (RSC requests) depend on the router state they send;
//   - a draft-mode cookie (an editor previewing) or a forged experiment parameter.
// A page under an experiment is kept per variant (serve-page.ts adds the variant to the key).
// Pure: the listener (scripts/serve.ts), the proxy and the unit tests load it.
import { CONSENT_COOKIE } from '@/domain/analytics/cookies';
import { parseConsent, readCookie } from '@/domain/analytics/policy';
import { VARIANT_PARAM } from '@/domain/experiments/types';

const CACHED_PAGES = new Set([
  '/',
  '/about',
  '/audit',
  '/blog',
  '/case-studies',
  '/contact',
  '/developers',
  '/pricing',
  '/privacy',
  '/solutions',
]);
const CACHED_SECTIONS = /^\/(?:blog|case-studies|solutions|legal)\/[a-z0-9-]+$/;
/**
 * The CMS's public REST reads (published content, the same for every anonymous caller). Only
 * without a cookie or an Authorization header: a signed-in editor may read drafts through them.
 */
const CACHED_CMS_READS =
  /^\/api\/cms\/(?:posts|categories|case-studies|solutions|team-members|testimonials|service-packages)(?:\/[A-Za-z0-9-]+)?$/;
/**
 * Set by the proxy on a page it rewrote to an experiment's variant: the variant token. The
 * cache keeps a render only under the key of the variant it shows (the listener decides the
 * variant for the key the same way the proxy does; should they ever differ, nothing is kept).
 */
export const VARIANT_HEADER = 'x-page-variant';
/** Next's draft-mode cookie (set by /api/preview for signed-in editors only). */
export const DRAFT_MODE_COOKIE = '__prerender_bypass';
/** Query strings longer than this are not worth a cache entry (and would let one fill it). */
const MAX_QUERY_LENGTH = 512;

export interface PageRequest {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

export function isCachedPath(pathname: string): boolean {
  return CACHED_PAGES.has(pathname) || CACHED_SECTIONS.test(pathname);
}

function isAnonymousCmsRead(pathname: string, headers: PageRequest['headers']): boolean {
  return CACHED_CMS_READS.test(pathname) && headers.cookie === undefined && headers.authorization === undefined;
}

export interface CacheKey {
  key: string;
  /** A page or CMS read (rendered per content version), or a build asset (immutable). */
  kind: 'page' | 'asset';
}

/** Build assets: content-hashed, immutable, the same for everyone whatever the request says. */
const BUILD_ASSET = /^\/_next\/static\/[A-Za-z0-9._~\/-]+$/;
/** The files of public/ (npm run static-files): fixed for the life of a build, like its assets. */
const PUBLIC_FILES = new Set([
  '/favicon.ico',
  '/icon.svg',
  '/apple-touch-icon.png',
  '/icon-192.png',
  '/icon-512.png',
  '/og-default.png',
  '/site.webmanifest',
]);

/** The cache key of a request the cache may answer, or null when it must go to Next. */
export function pageCacheKey(request: PageRequest): CacheKey | null {
  const { method, url } = request;
  if (method !== 'GET' || !url) return null;
  const pathname = url.split('?', 1)[0]!;
  if ((BUILD_ASSET.test(pathname) && !pathname.includes('..')) || PUBLIC_FILES.has(pathname)) {
    return { key: `asset ${pathname}`, kind: 'asset' };
  }
  const key = pageKey(url, request.headers);
  return key ? { key, kind: 'page' } : null;
}

function pageKey(url: string, headers: PageRequest['headers']): string | null {
  if (headers.rsc !== undefined || headers['next-router-prefetch'] !== undefined) return null;
  const queryStart = url.indexOf('?');
  const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
  if (!isCachedPath(pathname) && !isAnonymousCmsRead(pathname, headers)) return null;
  const query = queryStart === -1 ? '' : url.slice(queryStart + 1);
  if (query.length > MAX_QUERY_LENGTH) return null;
  const params = new URLSearchParams(query);
  if (params.has('_rsc') || params.has(VARIANT_PARAM)) return null;
  const cookieHeader = typeof headers.cookie === 'string' ? headers.cookie : '';
  if (cookieHeader.includes(DRAFT_MODE_COOKIE)) return null;
  const choice = parseConsent(readCookie(cookieHeader, CONSENT_COOKIE)) ?? 'unset';
  params.sort();
  const normalisedQuery = params.toString();
  return `${choice} ${pathname}${normalisedQuery ? `?${normalisedQuery}` : ''}`;
}
