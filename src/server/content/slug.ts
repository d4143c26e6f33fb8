// A page's slug as the CMS writes it (cms/fields/slug.ts): anything else names no page and is
// answered 404 without a query.
import { SLUG_PATTERN } from '@cms/fields/slug';

export function isSlug(value: string): boolean {
  return value.length <= 200 && SLUG_PATTERN.test(value);
}
