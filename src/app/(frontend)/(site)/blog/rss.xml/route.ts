// GET /blog/rss.xml: RSS feed of the 30 latest published posts.
import { listRecentPosts } from '@/server/content/posts';
import { renderBlogFeed } from '@/server/content/rss';
import { siteOrigin } from '@/server/content/site-url';
import { restRoute } from '@/server/http/rest';

export const dynamic = 'force-dynamic';

export const GET = restRoute(async () => {
  const posts = await listRecentPosts(30);
  return new Response(renderBlogFeed(posts, siteOrigin()), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'no-cache' },
  });
});
