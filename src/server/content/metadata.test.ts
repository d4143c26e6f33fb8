import { describe, expect, it } from 'vitest';
import { contentMetadata } from './metadata';
import { DEFAULT_SHARE_IMAGE } from './share-image';

describe('contentMetadata', () => {
  const base = { title: 'Invoice automation', description: 'How we cut invoice handling by 70 %.', path: '/blog/x' };

  it('gives the canonical URL and shares the default image when the page has none', () => {
    const metadata = contentMetadata(base);
    expect(metadata.alternates?.canonical).toBe('/blog/x');
    expect(metadata.robots).toBeUndefined();
    expect(metadata.openGraph).toMatchObject({ type: 'website', url: '/blog/x', images: [DEFAULT_SHARE_IMAGE] });
    expect(metadata.twitter).toMatchObject({ card: 'summary', images: undefined });
  });

  it('never lets a preview be indexed', () => {
    expect(contentMetadata({ ...base, preview: true }).robots).toEqual({ index: false, follow: false });
  });

  it('uses the page image for a large card and carries article facts', () => {
    const metadata = contentMetadata({
      ...base,
      type: 'article',
      image: { url: '/media/cover.webp', alt: 'A cover' },
      article: { publishedTime: '2026-11-01T00:00:00.000Z', modifiedTime: '2026-11-02T00:00:00.000Z', authors: [] },
    });
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      images: [{ url: '/media/cover.webp', alt: 'A cover' }],
      publishedTime: '2026-11-01T00:00:00.000Z',
      authors: undefined,
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', images: ['/media/cover.webp'] });
  });
});
