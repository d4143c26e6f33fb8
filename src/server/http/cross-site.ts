// The cross-site request rule: a browser request that changes state must come from the site's
// own origin (or one allowed by ALLOWED_ORIGINS). Browsers say where a request comes from in
// Sec-Fetch-Site and Origin; a form on another port of the same host is "same-site", which is
// not good enough (cookies are shared across ports). Requests with neither header come from
// scripts, not from a victim's browser, so they carry no ambient authority to abuse.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface OriginPolicy {
  /** The site's configured origin (SITE_URL). */
  siteOrigin: string;
  /** Further origins allowed to send state-changing requests. */
  allowedOrigins: readonly string[];
}

/** Whether the cross-site rule applies: state-changing methods, NextAuth aside (it has its own CSRF token). */
export function needsSameOrigin(method: string, pathname: string): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  return !(pathname === '/api/auth' || pathname.startsWith('/api/auth/'));
}

function originOf(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * The reason a request is refused, or null when it may proceed. `requestOrigin` is the origin
 * the request was addressed to (scheme and Host header), for a site reached under another name.
 */
export function crossSiteRefusal(headers: Headers, requestOrigin: string, policy: OriginPolicy): string | null {
  const origin = headers.get('origin');
  const fetchSite = headers.get('sec-fetch-site')?.toLowerCase();
  const claimed = origin ? originOf(origin) : null;
  if (claimed && policy.allowedOrigins.includes(claimed)) return null;
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return `Sec-Fetch-Site is ${fetchSite}`;
  if (origin !== null && claimed !== policy.siteOrigin && claimed !== originOf(requestOrigin)) {
    return `Origin ${origin.slice(0, 200)} is not this site`;
  }
  return null;
}
