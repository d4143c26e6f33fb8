// /robots.txt: everything public may be indexed; staff areas, APIs and personal results not.
import type { MetadataRoute } from 'next';
import { absoluteUrl, siteOrigin } from '@/server/content/site-url';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/cms', '/api/', '/audit/results/'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
    host: siteOrigin(),
  };
}
