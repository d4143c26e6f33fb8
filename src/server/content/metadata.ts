// One builder for the metadata of content pages (title, description, canonical URL, Open Graph
// and Twitter cards): a preview is never indexed, and a page without its own image shares the
// site's default one.
import type { Metadata } from 'next';
import { DEFAULT_SHARE_IMAGE } from './share-image';

export interface ContentMetadataInput {
  title: string;
  description: string;
  /** The page's path, also its canonical URL. */
  path: string;
  image?: { url: string; alt?: string | null } | null;
  preview?: boolean;
  type?: 'website' | 'article';
  /** Article facts for Open Graph. */
  article?: { publishedTime?: string | null; modifiedTime?: string; authors?: string[]; tags?: string[] };
}

export function contentMetadata(input: ContentMetadataInput): Metadata {
  const { title, description, path, image, preview = false, type = 'website', article } = input;
  const images = image ? [{ url: image.url, alt: image.alt ?? undefined }] : [DEFAULT_SHARE_IMAGE];
  const openGraph: Metadata['openGraph'] =
    type === 'article'
      ? {
          type: 'article',
          title,
          description,
          url: path,
          images,
          publishedTime: article?.publishedTime ?? undefined,
          modifiedTime: article?.modifiedTime,
          authors: article?.authors?.length ? article.authors : undefined,
          tags: article?.tags,
        }
      : { type: 'website', title, description, url: path, images };
  return {
    title,
    description,
    alternates: { canonical: path },
    robots: preview ? { index: false, follow: false } : undefined,
    openGraph,
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title,
      description,
      images: image ? [image.url] : undefined,
    },
  };
}

/** The metadata of a slug that names nothing: never indexed. */
export const notFoundMetadata = (title: string): Metadata => ({ title, robots: { index: false } });
