// The PostgreSQL NOTIFY channel on which CMS changes are announced to every app process.
// No imports on purpose: the CMS hooks load it in Payload's CLI and in tests too.
export const CONTENT_CHANNEL = 'xteam_content_changed';

/** CMS collections and globals read by the site, and what each one invalidates. */
export type ContentTag =
  | 'posts'
  | 'categories'
  | 'media'
  | 'team-members'
  | 'case-studies'
  | 'solutions'
  | 'testimonials'
  | 'site-settings'
  | 'service-packages'
  | 'consultation-availability'
  | 'audit-config'
  | 'experiments';

export function encodeTags(tags: readonly string[]): string {
  return tags.join(',');
}

export function decodeTags(payload: string | undefined): string[] {
  return (payload ?? '')
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}
