// Media types of request bodies. A JSON endpoint accepts `application/json` with optional
// parameters (`; charset=utf-8`), and nothing that merely contains the words: a cross-site
// form can send `text/plain; charset=application/json` without a preflight.

/** The `type/subtype` of a Content-Type header, lower-cased, without parameters. */
export function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
}

export function isJsonContentType(contentType: string | null | undefined): boolean {
  return mediaTypeOf(contentType) === 'application/json';
}
