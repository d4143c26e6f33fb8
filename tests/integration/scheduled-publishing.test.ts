// Scheduled publishing: a draft with a publish job due now goes live without anyone touching
// it, because the app server runs Payload's job queue in-process every minute.
import { randomBytes } from 'node:crypto';
import type { Payload } from 'payload';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { url } from '../support/app';
import { cms, paragraph, uploadTestImage, waitForPage } from '../support/cms';

let payload: Payload;
let coverImage: number;
let postId: number | undefined;

beforeAll(async () => {
  payload = await cms();
  coverImage = await uploadTestImage(payload, 'Blue test rectangle');
});

afterAll(async () => {
  if (postId) await payload.delete({ collection: 'posts', id: postId, overrideAccess: true }).catch(() => {});
  await payload.delete({ collection: 'media', id: coverImage, overrideAccess: true }).catch(() => {});
});

it(
  'publishes a scheduled draft at its time, run by the app server (no request needed)',
  { timeout: 90_000 },
  async () => {
    const token = randomBytes(4).toString('hex');
    const title = `Scheduled post ${token}`;
    const post = await payload.create({
      collection: 'posts',
      data: {
        title,
        slug: `scheduled-post-${token}`,
        excerpt: 'Published by the job runner at the scheduled time.',
        content: paragraph('Written in advance, published on time.'),
        coverImage,
        _status: 'draft',
      },
      draft: true,
      overrideAccess: true,
    });
    postId = post.id;
    const path = `/blog/${post.slug}`;
    expect((await fetch(url(path))).status).toBe(404);

    // What the CMS's "Schedule publish" does.
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'posts', value: post.id } },
      waitUntil: new Date(Date.now() + 1000),
    });

    // The runner polls every minute; allow one full period and the page revalidation.
    await waitForPage(path, (response) => response.status === 200 && response.body.includes(title), 75_000);
    await waitForPage('/blog', (response) => response.body.includes(title), 2000);
  },
);
