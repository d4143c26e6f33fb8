// The origin a request was addressed to (scheme and Host), when it is one of the site's own:
// an editor on http://127.0.0.1:3900 must be sent to 127.0.0.1, not to SITE_URL's localhost,
// or the browser drops the session cookie on the way. Anything else falls back to SITE_URL,
// so a forged Host header cannot send anyone to another site.

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface SiteOrigins {
  /** SITE_URL's origin. */
  siteOrigin: string;
  /** ALLOWED_ORIGINS: further names the site is reached under. */
  allowedOrigins: readonly string[];
}

function parseOrigin(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The site's own origins: SITE_URL, ALLOWED_ORIGINS, and a loopback SITE_URL's other loopback names. */
export function ownOrigins({ siteOrigin, allowedOrigins }: SiteOrigins): Set<string> {
  const origins = new Set<string>([siteOrigin, ...allowedOrigins]);
  const site = parseOrigin(siteOrigin);
  if (site && LOOPBACK_HOSTS.has(site.hostname)) {
    for (const host of LOOPBACK_HOSTS) origins.add(`${site.protocol}//${host}${site.port ? `:${site.port}` : ''}`);
  }
  return origins;
}

/**
 * The request's own origin when the site may be reached under it, else SITE_URL's. `protocol`
 * is how the request arrived ("http:" behind the app's own listener).
 */
export function trustedRequestOrigin(host: string | null | undefined, protocol: string, sites: SiteOrigins): string {
  if (!host || host.length > 255) return sites.siteOrigin;
  const candidate = parseOrigin(`${protocol}//${host}`);
  if (!candidate || candidate.host !== host.toLowerCase()) return sites.siteOrigin;
  return ownOrigins(sites).has(candidate.origin) ? candidate.origin : sites.siteOrigin;
}
