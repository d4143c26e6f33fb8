// The Content-Security-Policy of every page: the seed's `default-src 'self'`, with scripts
// allowed only by a per-request nonce (Next adds it to its own inline scripts). With a Google
// Analytics id, GA's hosts may receive beacons and serve pixels; its script itself is inserted
// by our nonce'd code, which 'strict-dynamic' already trusts.
const GA_HOSTS = 'https://*.google-analytics.com https://*.analytics.google.com https://*.googletagmanager.com';

export function buildContentSecurityPolicy(
  nonce: string,
  dev: boolean,
  { googleAnalytics = false, framedByOwnOrigin = false } = {},
): string {
  const ga = googleAnalytics ? ` ${GA_HOSTS}` : '';
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // React and Payload set style attributes at run time; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${ga}`,
    "font-src 'self' data:",
    `connect-src 'self'${ga}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Only an editor's draft preview may be framed, and only by the CMS on our own origin.
    framedByOwnOrigin ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
  ];
  return directives.join('; ');
}
