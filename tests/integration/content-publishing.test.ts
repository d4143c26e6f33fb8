// Publishing through Payload's local API reaches the public site through the change feed, with
// no rebuild; unpublishing takes the post off its page, the list, the sitemap and the feed.
// Drafts are never shown to the public. The bound is far below the page cache's 60 s lifetime,
// so a pass proves the feed, not the lifetime; how fast is a figure of a quiet machine (under a
// second, docs/multi-instance.md), not of this suite's load: 2 s once failed at 2.2 and 3.1 s
// beside the browser journeys on a slow host.
import { randomBytes } from 'node:crypto';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { url } from '../support/app';
import { cms, paragraph, uploadTestImage, waitForPage } from '../support/cms';

const FRESH_WITHIN_MS = 10_000;
let payload: Payload;
let coverImage: number;
const created: number[] = [];

async function createPost(status: 'published' | 'draft') {
  const token = randomBytes(4).toString('hex');
  const title = `Publishing check ${token}`;
  const post = await payload.create({
    collection: 'posts',
    data: {
      title,
      slug: `publishing-check-${token}`,
      excerpt: `An article written by the publishing test (${token}).`,
      content: paragraph(`Body of the publishing test article ${token}.`),
      coverImage,
      _status: status,
    },
    draft: status === 'draft',
    overrideAccess: true,
  });
  created.push(post.id);
  return { post, title, path: `/blog/${post.slug}` };
}

const contains = (text: string) => (response: { status: number; body: string }) =>
  response.status === 200 && response.body.includes(text);
const lacks = (text: string) => (response: { status: number; body: string }) =>
  response.status === 200 && !response.body.includes(text);

beforeAll(async () => {
  payload = await cms();
  coverImage = await uploadTestImage(payload, 'Blue test rectangle');
  // Warm every cached list, so the test sees invalidation rather than a cold cache.
  for (const path of ['/blog', '/sitemap.xml', '/blog/rss.xml']) expect((await fetch(url(path))).status).toBe(200);
});

afterAll(async () => {
  for (const id of created) await payload.delete({ collection: 'posts', id, overrideAccess: true }).catch(() => {});
  await payload.delete({ collection: 'media', id: coverImage, overrideAccess: true }).catch(() => {});
});

describe('publishing a blog post', () => {
  it('appears on its page, the list, the sitemap and the feed, long before any cache expires', async () => {
    const { post, title, path } = await createPost('published');
    const tookMs = await waitForPage(path, contains(title), FRESH_WITHIN_MS);
    console.info(`content publishing: the post was live after ${tookMs} ms`);
    await waitForPage('/blog', contains(title), FRESH_WITHIN_MS);
    await waitForPage('/sitemap.xml', contains(url(path)), FRESH_WITHIN_MS);
    await waitForPage('/blog/rss.xml', contains(title), FRESH_WITHIN_MS);

    // An edit is visible just as fast.
    await payload.update({
      collection: 'posts',
      id: post.id,
      data: { title: `${title} (edited)` },
      overrideAccess: true,
    });
    const editMs = await waitForPage(path, contains(`${title} (edited)`), FRESH_WITHIN_MS);
    console.info(`content publishing: the edit was live after ${editMs} ms`);
    await waitForPage('/blog', contains(`${title} (edited)`), FRESH_WITHIN_MS);

    // Unpublishing: the page answers 404 and the post leaves the list, sitemap and feed.
    await payload.update({ collection: 'posts', id: post.id, data: { _status: 'draft' }, overrideAccess: true });
    await waitForPage(path, (response) => response.status === 404, FRESH_WITHIN_MS);
    await waitForPage('/blog', lacks(title), FRESH_WITHIN_MS);
    await waitForPage('/sitemap.xml', lacks(url(path)), FRESH_WITHIN_MS);
    await waitForPage('/blog/rss.xml', lacks(title), FRESH_WITHIN_MS);
  });

  it('never shows a draft to the public, on the page, the list or the REST API', async () => {
    const { title, path, post } = await createPost('draft');
    // Give a (wrong) change notification time to arrive before checking.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await fetch(url(path))).status).toBe(404);
    expect(await (await fetch(url('/blog'))).text()).not.toContain(title);
    const rest = await fetch(url(`/api/cms/posts?where[slug][equals]=${post.slug}`));
    expect(rest.status).toBe(200);
    expect((await rest.json()).docs).toHaveLength(0);
    expect((await fetch(url(`/api/cms/posts/${post.id}`))).status).toBe(404);
  });

  it('a deleted post disappears from the site', async () => {
    const { post, title, path } = await createPost('published');
    await waitForPage(path, contains(title), FRESH_WITHIN_MS);
    await payload.delete({ collection: 'posts', id: post.id, overrideAccess: true });
    await waitForPage(path, (response) => response.status === 404, FRESH_WITHIN_MS);
    await waitForPage('/blog', lacks(title), FRESH_WITHIN_MS);
  });
});
