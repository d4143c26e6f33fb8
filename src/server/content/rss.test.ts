import { describe, expect, it } from 'vitest';
import { renderBlogFeed } from './rss';

const post = {
  title: 'Costs & <benefits> of "automation"',
  slug: 'costs-and-benefits',
  excerpt: 'Why it’s cheaper than you think',
  publishedAt: '2026-06-02T08:00:00.000Z',
  createdAt: '2026-06-01T08:00:00.000Z',
  author: { id: 1, name: 'Marta Kowalczyk', role: 'Founder', bio: '', updatedAt: '', createdAt: '' },
  categories: [{ id: 2, title: 'Strategy & planning', slug: 'strategy', updatedAt: '', createdAt: '' }],
};

describe('renderBlogFeed', () => {
  it('writes a valid RSS item per post with escaped text and absolute links', () => {
    const xml = renderBlogFeed([post], 'https://xteam.pro');
    expect(xml).toContain('<title>Costs &amp; &lt;benefits&gt; of &quot;automation&quot;</title>');
    expect(xml).toContain('<link>https://xteam.pro/blog/costs-and-benefits</link>');
    expect(xml).toContain('<pubDate>Tue, 02 Jun 2026 08:00:00 GMT</pubDate>');
    expect(xml).toContain('<category>Strategy &amp; planning</category>');
    expect(xml).toContain('<dc:creator>Marta Kowalczyk</dc:creator>');
    expect(xml).toContain('href="https://xteam.pro/blog/rss.xml"');
    expect(xml).not.toMatch(/<title>[^<]*<benefits>/);
  });

  it('renders an empty channel without items', () => {
    const xml = renderBlogFeed([], 'https://xteam.pro');
    expect(xml).toContain('<channel>');
    expect(xml).not.toContain('<item>');
    expect(xml).not.toContain('lastBuildDate');
  });
});
