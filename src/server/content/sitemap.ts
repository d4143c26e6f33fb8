// The sitemap's entries: the static public pages (one line each; add yours to STATIC_ROUTES)
// and every published post, case study, solution and legal page.
import 'server-only';
import type { MetadataRoute } from 'next';
import { getSiteSettings, listCaseStudies, listSolutions } from './company';
import { listRecentPosts } from './posts';
import { absoluteUrl } from './site-url';

type ChangeFrequency = NonNullable<MetadataRoute.Sitemap[number]['changeFrequency']>;

export interface StaticRoute {
  path: string;
  changeFrequency: ChangeFrequency;
  priority: number;
}

export const STATIC_ROUTES: StaticRoute[] = [
  { path: '/', changeFrequency: 'weekly', priority: 1 },
  { path: '/audit', changeFrequency: 'monthly', priority: 0.9 },
  { path: '/solutions', changeFrequency: 'monthly', priority: 0.8 },
  { path: '/case-studies', changeFrequency: 'monthly', priority: 0.8 },
  { path: '/blog', changeFrequency: 'weekly', priority: 0.8 },
  { path: '/pricing', changeFrequency: 'monthly', priority: 0.8 },
  { path: '/contact', changeFrequency: 'yearly', priority: 0.6 },
  { path: '/consultation', changeFrequency: 'monthly', priority: 0.7 },
  { path: '/about', changeFrequency: 'monthly', priority: 0.6 },
  { path: '/privacy', changeFrequency: 'yearly', priority: 0.2 },
];

export async function buildSitemap(staticRoutes: StaticRoute[] = STATIC_ROUTES): Promise<MetadataRoute.Sitemap> {
  const [posts, studies, solutions, settings] = await Promise.all([
    listRecentPosts(5000),
    listCaseStudies(),
    listSolutions(),
    getSiteSettings(),
  ]);
  return [
    ...staticRoutes.map((route) => ({
      url: absoluteUrl(route.path),
      changeFrequency: route.changeFrequency,
      priority: route.priority,
    })),
    ...posts.map((post) => ({
      url: absoluteUrl(`/blog/${post.slug}`),
      lastModified: post.updatedAt,
      changeFrequency: 'monthly' as const,
      priority: 0.7,
    })),
    ...studies.map((study) => ({
      url: absoluteUrl(`/case-studies/${study.slug}`),
      lastModified: study.updatedAt,
      changeFrequency: 'monthly' as const,
      priority: 0.7,
    })),
    ...solutions.map((solution) => ({
      url: absoluteUrl(`/solutions/${solution.slug}`),
      lastModified: solution.updatedAt,
      changeFrequency: 'monthly' as const,
      priority: 0.7,
    })),
    ...(settings.legalPages ?? []).map((page) => ({
      url: absoluteUrl(`/legal/${page.slug}`),
      changeFrequency: 'yearly' as const,
      priority: 0.2,
    })),
  ];
}
