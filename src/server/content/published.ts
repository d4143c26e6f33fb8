// One lookup for every content page reached by its slug: the published document from the tagged
// cache, or (for a signed-in editor's preview) its latest draft, read fresh.
import 'server-only';
import type { CollectionSlug, DataFromCollectionSlug, Where } from 'payload';
import { getCms } from '@/server/cms/payload';
import { cachedQuery } from './cached';
import type { ContentTag } from './change-channel';
import { isSlug } from './slug';

const published: Where = { _status: { equals: 'published' } };

export interface SlugLookup {
  /** The editor's preview: the latest draft, uncached. The caller has checked the editor's session. */
  draft?: boolean;
  /** How deep relations are populated (2 reaches e.g. an author's photo). */
  depth: number;
  /** The cache tags: every collection whose change alters the page. */
  tags: readonly ContentTag[];
}

export async function findPublishedBySlug<C extends CollectionSlug>(
  collection: C,
  slug: string,
  { draft = false, depth, tags }: SlugLookup,
): Promise<DataFromCollectionSlug<C> | null> {
  // Nothing that is not a slug can name a page (a NUL byte reached PostgreSQL as a 500).
  if (!isSlug(slug)) return null;
  const load = async () => {
    const cms = await getCms();
    const bySlug: Where = { slug: { equals: slug } };
    const result = await cms.find({
      collection,
      where: draft ? bySlug : { and: [published, bySlug] },
      limit: 1,
      depth,
      draft,
      // The public reads as anyone; only the checked preview may see drafts.
      overrideAccess: draft,
    });
    return (result.docs[0] as DataFromCollectionSlug<C> | undefined) ?? null;
  };
  return draft ? load() : cachedQuery(`${collection}:one:${slug}`, tags, load);
}
