// Absolute URLs of public pages (canonical links, sitemap, feed, structured data).
import 'server-only';
import { env } from '@/env';

export function siteOrigin(): string {
  return env.SITE_URL.replace(/\/+$/, '');
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteOrigin()}/`).toString();
}
