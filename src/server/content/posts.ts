// Blog queries for the public site: published posts only, newest first, cached per query.
import 'server-only';
import type { Where } from 'payload';
import type { Category, Post } from '@cms/payload-types';
import { getCms } from '@/server/cms/payload';
import { cachedQuery } from './cached';
import { findPublishedBySlug } from './published';

export const POSTS_PER_PAGE = 6;
const POST_TAGS = ['posts', 'categories', 'media', 'team-members'] as const;
const published: Where = { _status: { equals: 'published' } };

export interface PostPage {
  posts: Post[];
  page: number;
  totalPages: number;
  totalPosts: number;
}

export function listCategories(): Promise<Category[]> {
  return cachedQuery('categories', ['categories'], async () => {
    const cms = await getCms();
    const result = await cms.find({ collection: 'categories', sort: 'title', limit: 100, depth: 0 });
    return result.docs;
  });
}

export function listPosts({ page = 1, categoryId }: { page?: number; categoryId?: number } = {}): Promise<PostPage> {
  return cachedQuery(`posts:list:${page}:${categoryId ?? 'all'}`, POST_TAGS, async () => {
    const cms = await getCms();
    const where: Where = categoryId ? { and: [published, { categories: { in: [categoryId] } }] } : published;
    const result = await cms.find({
      collection: 'posts',
      where,
      sort: '-publishedAt',
      limit: POSTS_PER_PAGE,
      page,
      depth: 1,
      overrideAccess: false,
    });
    return {
      posts: result.docs,
      page: result.page ?? page,
      totalPages: result.totalPages,
      totalPosts: result.totalDocs,
    };
  });
}

/** The published post, or (for a signed-in editor's preview) its latest draft; depth 2 reaches the author's photo. */
export function findPost(slug: string, { draft = false } = {}): Promise<Post | null> {
  return findPublishedBySlug('posts', slug, { draft, depth: 2, tags: POST_TAGS });
}

/** Recent published posts for the feed and the sitemap. */
export function listRecentPosts(limit = 50): Promise<Post[]> {
  return cachedQuery(`posts:recent:${limit}`, POST_TAGS, async () => {
    const cms = await getCms();
    const result = await cms.find({
      collection: 'posts',
      where: published,
      sort: '-publishedAt',
      limit,
      depth: 1,
      overrideAccess: false,
    });
    return result.docs;
  });
}
