// An image uploaded to the CMS, served through next/image from the Payload file route.
// Uses the closest pre-generated size as the source; next/image makes the responsive set.
import Image from 'next/image';
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
  return (
    <Image
      src={src}
      width={width}
      height={height}
      alt={decorative ? '' : doc.alt}
      sizes={sizes}
      className={className}
      priority={priority}
    />
  );
}
