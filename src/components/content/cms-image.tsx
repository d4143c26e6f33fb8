// An image uploaded to the CMS, served through next/image's optimiser from the Payload file route.
// Uses the closest pre-generated size as the source; the optimiser makes the responsive set.
// A plain <img> from getImageProps, rendered on the server: the page ships no image component to
// hydrate (next/image's client chunk was ~15 KB of script on every page with a cover).
import { getImageProps } from 'next/image';
import { preload } from 'react-dom';
import type { Media } from '@cms/payload-types';

type SizeName = 'thumbnail' | 'card' | 'hero';

export function mediaPath(filename: string): string {
  return `/api/cms/media/file/${encodeURIComponent(filename)}`;
}

/** The populated media document, or null when the relation is missing or not populated. */
export function asMedia(value: number | Media | null | undefined): Media | null {
  return value && typeof value === 'object' && value.filename ? value : null;
}

export function pickSize(media: Media, size?: SizeName) {
  const variant = size ? media.sizes?.[size] : undefined;
  if (variant?.filename && variant.width && variant.height) {
    return { src: mediaPath(variant.filename), width: variant.width, height: variant.height };
  }
  return { src: mediaPath(media.filename!), width: media.width ?? 1200, height: media.height ?? 675 };
}

export function CmsImage({
  media,
  size,
  sizes,
  className,
  priority = false,
  decorative = false,
}: {
  media: number | Media | null | undefined;
  size?: SizeName;
  sizes: string;
  className?: string;
  priority?: boolean;
  /** Next to text that already says what it shows (e.g. a logo beside the client's name). */
  decorative?: boolean;
}) {
  const doc = asMedia(media);
  if (!doc) return null;
  const { src, width, height } = pickSize(doc, size);
  // No `color: transparent`: a cover that fails to load shows its alt text.
  const { style: _placeholderStyle, ...props } = getImageProps({
    src,
    width,
    height,
    alt: decorative ? '' : doc.alt,
    sizes,
    className,
    loading: priority ? 'eager' : 'lazy',
    ...(priority ? { fetchPriority: 'high' as const } : {}),
  }).props;
  // Above the fold (the page's largest paint on a phone): asked for with the first requests,
  // ahead of the scripts.
  if (priority)
    preload(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  // eslint-disable-next-line @next/next/no-img-element -- getImageProps gives the optimised srcset
  return <img {...props} alt={props.alt} />;
}
