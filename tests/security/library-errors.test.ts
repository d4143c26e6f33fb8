// Finding 5: input that made the libraries under us (Payload, NextAuth) answer 500 is a 4xx
// in the seed's error format. The NextAuth callback-url cases are in redirects.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { url } from '../support/app';
import { staffSession } from '../support/staff';

async function expectSeed4xx(response: Response, code: string) {
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  const body = (await response.json()) as { error: Record<string, unknown> };
  expect(body.error).toMatchObject({ code, message: expect.any(String), details: expect.any(Object) });
}

describe('Payload REST', () => {
  let editor: string;
  beforeAll(async () => {
    editor = await staffSession('editor');
  });

  it.each(['/api/cms/posts/abc', '/api/cms/posts/1e9', '/api/cms/categories/versions/abc'])(
    'GET %s is a 404, anonymous or signed in',
    async (path) => {
      await expectSeed4xx(await fetch(url(path)), 'NOT_FOUND');
      await expectSeed4xx(await fetch(url(path), { headers: { cookie: editor } }), 'NOT_FOUND');
    },
  );

  it.each(['%00', 'a%00.png', '..%252f..%252fpackage.json', '..%2f..%2fpackage.json'])(
    'the media file route refuses %s',
    async (name) => {
      const response = await fetch(url(`/api/cms/media/file/${name}`));
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(await response.text()).not.toContain('"dependencies"');
    },
  );

  it('text/plain to a collection is a 415, also as staff', async () => {
    for (const type of ['text/plain', 'text/plain; charset=application/json', 'application/xml']) {
      const response = await fetch(url('/api/cms/categories'), {
        method: 'POST',
        headers: { 'content-type': type, cookie: editor },
        body: JSON.stringify({ name: 'Plain text', slug: 'plain-text' }),
      });
      await expectSeed4xx(response, 'UNSUPPORTED_MEDIA_TYPE');
      expect(response.status).toBe(415);
    }
  });
});
