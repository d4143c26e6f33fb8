// Only same-origin targets are followed after sign-in, never another origin (open redirect).
// The value is resolved the way a browser would, against the site's origin, so tricks such as
// `/\t/evil.example` (the browser drops tabs and newlines and reads `//evil.example`) or
// `/\evil.example` cannot leave the site.
const PLACEHOLDER_ORIGIN = 'http://same-origin.invalid';

/** The path (with query and hash) when `value` stays on `origin`; `fallback` otherwise. */
export function sameOriginPath(value: string | null | undefined, origin: string, fallback: string): string {
  if (!value) return fallback;
  let target: URL;
  try {
    target = new URL(value, origin);
  } catch {
    return fallback;
  }
  if (target.origin !== new URL(origin).origin) return fallback;
  return `${target.pathname}${target.search}${target.hash}`;
}

/** A relative callback path that stays on the site, for links and forms built on the site itself. */
export function safeCallbackPath(value: string | null | undefined, fallback = '/admin'): string {
  // Only paths are accepted here: an absolute URL, even of this site, is not what we emit.
  if (!value || !value.startsWith('/')) return fallback;
  return sameOriginPath(value, PLACEHOLDER_ORIGIN, fallback);
}
