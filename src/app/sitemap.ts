// /sitemap.xml, built per request from the published content (cached; see server/content).
import type { MetadataRoute } from 'next';
import { buildSitemap } from '@/server/content/sitemap';

export const dynamic = 'force-dynamic';

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return buildSitemap();
}
