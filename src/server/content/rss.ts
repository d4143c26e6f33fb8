// The blog's RSS 2.0 feed: the latest published posts. Pure (the origin is passed in).
import type { Post } from '@cms/payload-types';

type FeedPost = Pick<Post, 'title' | 'slug' | 'excerpt' | 'publishedAt' | 'createdAt' | 'author' | 'categories'>;

function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function item(post: FeedPost, origin: string): string {
  const url = `${origin}/blog/${post.slug}`;
  const categories = (post.categories ?? [])
    .flatMap((category) => (typeof category === 'object' ? [`<category>${escapeXml(category.title)}</category>`] : []))
    .join('');
  const author =
    post.author && typeof post.author === 'object' ? `<dc:creator>${escapeXml(post.author.name)}</dc:creator>` : '';
  return `<item><title>${escapeXml(post.title)}</title><link>${url}</link><guid isPermaLink="true">${url}</guid><pubDate>${new Date(post.publishedAt ?? post.createdAt).toUTCString()}</pubDate><description>${escapeXml(post.excerpt)}</description>${author}${categories}</item>`;
}

export function renderBlogFeed(posts: FeedPost[], origin: string): string {
  const latest = posts[0]?.publishedAt ?? posts[0]?.createdAt;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>XTeam.Pro blog</title><link>${origin}/blog</link><description>Practical articles on AI process automation from the XTeam.Pro team.</description><language>en</language><atom:link href="${origin}/blog/rss.xml" rel="self" type="application/rss+xml"/>${latest ? `<lastBuildDate>${new Date(latest).toUTCString()}</lastBuildDate>` : ''}${posts.map((post) => item(post, origin)).join('')}</channel></rss>`;
}
