import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Media } from '@cms/payload-types';
import { CmsImage } from './cms-image';

const cover = {
  id: 7,
  alt: 'Flow of an invoice through approval',
  filename: 'cover.png',
  width: 1600,
  height: 900,
  sizes: { card: { filename: 'cover-960x540.png', width: 960, height: 540 } },
} as unknown as Media;

const imgTag = (html: string) => /<img [^>]*>/.exec(html)?.[0] ?? '';

describe('CmsImage', () => {
  it('renders a plain img with the optimiser srcset of the chosen size, lazy by default', () => {
    const html = renderToString(<CmsImage media={cover} size="card" sizes="100vw" className="w-full" />);
    const img = imgTag(html);
    expect(img).toContain('alt="Flow of an invoice through approval"');
    expect(img).toContain('loading="lazy"');
    expect(img).toContain('width="960"');
    expect(img).toMatch(/srcSet="\/_next\/image\?url=%2Fapi%2Fcms%2Fmedia%2Ffile%2Fcover-960x540\.png&amp;w=\d+/);
    // A cover that fails to load shows its alt text (next/image's transparent colour hides it).
    expect(img).not.toContain('transparent');
    expect(html).not.toContain('rel="preload"');
    expect(html).not.toContain('fetchPriority');
  });

  it('asks for an above-the-fold image eagerly and first, with a preload of the same srcset', () => {
    const html = renderToString(<CmsImage media={cover} sizes="100vw" priority decorative />);
    expect(imgTag(html)).toContain('loading="eager"');
    expect(imgTag(html)).toContain('fetchPriority="high"');
    expect(html).toMatch(/<link rel="preload"[^>]*fetchPriority="high"/);
    expect(imgTag(html)).toContain('alt=""');
    expect(html).toMatch(
      /<link rel="preload" as="image"[^>]* imageSrcSet="\/_next\/image\?url=%2Fapi%2Fcms%2Fmedia%2Ffile%2Fcover\.png/,
    );
  });

  it('renders nothing for a missing or unpopulated relation', () => {
    expect(renderToString(<CmsImage media={null} sizes="100vw" />)).toBe('');
    expect(renderToString(<CmsImage media={7} sizes="100vw" />)).toBe('');
  });
});
