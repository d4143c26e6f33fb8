// Absolute URLs of public pages (canonical links, sitemap, feed, structured data).
import 'server-only';
import { env } from '@/env';

export function siteOrigin(): string {
  // With SKIP_ENV_VALIDATION (builds) defaults are not applied.
  return (env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteOrigin()}/`).toString();
}
