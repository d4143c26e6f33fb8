// schema.org descriptions of the organisation and of articles, for search engines.
import 'server-only';
import type { Post, SiteSetting } from '@cms/payload-types';
import { absoluteUrl } from './site-url';

export function organizationJsonLd(settings: Pick<SiteSetting, 'companyName' | 'email' | 'social'> | null) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': absoluteUrl('/#organization'),
    name: settings?.companyName ?? 'XTeam.Pro',
    url: absoluteUrl('/'),
    logo: absoluteUrl('/icon.svg'),
    description: 'AI process automation consultancy: audits, ROI forecasts and automations that last.',
    ...(settings?.email ? { email: settings.email } : {}),
    sameAs: (settings?.social ?? []).map((link) => link.url),
  };
}

export function articleJsonLd(post: Post, imageUrl: string | null) {
  const author = post.author && typeof post.author === 'object' ? post.author : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.seo?.description ?? post.excerpt,
    url: absoluteUrl(`/blog/${post.slug}`),
    mainEntityOfPage: absoluteUrl(`/blog/${post.slug}`),
    datePublished: post.publishedAt ?? post.createdAt,
    dateModified: post.updatedAt,
    ...(imageUrl ? { image: [imageUrl] } : {}),
    ...(author ? { author: { '@type': 'Person', name: author.name, jobTitle: author.role } } : {}),
    publisher: { '@id': absoluteUrl('/#organization'), '@type': 'Organization', name: 'XTeam.Pro' },
    keywords: (post.categories ?? []).flatMap((category) => (typeof category === 'object' ? [category.title] : [])),
  };
}
