// Who may do what with content: editors manage content, only admins change site settings and
// users; anonymous visitors read published content only; previews need an editor's session.
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { url } from '../support/app';
import { staffSession } from '../support/staff';

let editor: string;
let admin: string;

beforeAll(async () => {
  [editor, admin] = await Promise.all([staffSession('editor'), staffSession('admin')]);
});

function cmsApi(path: string, init: RequestInit & { cookie?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set('cookie', init.cookie);
  if (init.body) headers.set('content-type', 'application/json');
  return fetch(url(`/api/cms${path}`), { ...init, headers });
}

describe('CMS roles', () => {
  it('lets an editor create, update and delete content', async () => {
    const slug = `access-check-${Date.now().toString(36)}`;
    const created = await cmsApi('/categories', {
      method: 'POST',
      cookie: editor,
      body: JSON.stringify({ title: 'Access check', slug }),
    });
    expect(created.status).toBe(201);
    const { doc } = await created.json();
    const updated = await cmsApi(`/categories/${doc.id}`, {
      method: 'PATCH',
      cookie: editor,
      body: JSON.stringify({ description: 'Edited by an editor.' }),
    });
    expect(updated.status).toBe(200);
    expect((await cmsApi(`/categories/${doc.id}`, { method: 'DELETE', cookie: editor })).status).toBe(200);
  });

  it('lets only admins change the site settings', async () => {
    const body = JSON.stringify({ phone: '+44 20 7946 0000' });
    expect((await cmsApi('/globals/site-settings', { method: 'POST', cookie: editor, body })).status).toBe(403);
    const before = await (await cmsApi('/globals/site-settings')).json();
    expect(before.phone ?? null).not.toBe('+44 20 7946 0000');

    const byAdmin = await cmsApi('/globals/site-settings', {
      method: 'POST',
      cookie: admin,
      body: JSON.stringify({ phone: before.phone ?? '' }),
    });
    expect(byAdmin.status).toBe(200);
  });

  it('lets only admins manage CMS users', async () => {
    const body = JSON.stringify({ email: `someone-${Date.now()}@test.xteam.pro`, role: 'admin' });
    expect((await cmsApi('/users', { method: 'POST', cookie: editor, body })).status).toBe(403);
  });

  it('refuses anonymous writes and hides drafts from anonymous reads', async () => {
    const body = JSON.stringify({ title: 'Anonymous', slug: 'anonymous' });
    expect((await cmsApi('/categories', { method: 'POST', body })).status).toBe(403);
    const posts = await (await cmsApi('/posts?limit=100&draft=true')).json();
    expect(posts.docs.length).toBeGreaterThan(0);
    expect(posts.docs.every((post: { _status: string }) => post._status === 'published')).toBe(true);
  });

  it('requires alt text on every upload', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'no-alt.png');
    form.set('_payload', JSON.stringify({}));
    const response = await fetch(url('/api/cms/media'), { method: 'POST', body: form, headers: { cookie: editor } });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors).toEqual([{ message: 'The following field is invalid: Alternative text' }]);
  });
});

describe('draft preview', () => {
  const path = '/blog/choosing-your-first-process-to-automate';

  it('sends anonymous visitors to the sign-in page', async () => {
    const response = await fetch(url(`/api/preview?path=${encodeURIComponent(path)}`), { redirect: 'manual' });
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get('location')!).pathname).toBe('/admin/sign-in');
    expect(response.headers.getSetCookie().some((cookie) => cookie.startsWith('__prerender_bypass'))).toBe(false);
  });

  it('answers 400 in the seed error format for anything but a content page', async () => {
    for (const bad of ['https://evil.example/blog/x', '//evil.example', '/admin', '/blog/../admin']) {
      const response = await fetch(url(`/api/preview?path=${encodeURIComponent(bad)}`), {
        redirect: 'manual',
        headers: { cookie: editor },
      });
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'path' } });
    }
  });

  it('turns on draft mode for an editor and redirects to the page', async () => {
    const response = await fetch(url(`/api/preview?path=${encodeURIComponent(path)}`), {
      redirect: 'manual',
      headers: { cookie: editor },
    });
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get('location')!).pathname).toBe(path);
    const bypass = response.headers.getSetCookie().find((cookie) => cookie.startsWith('__prerender_bypass'));
    expect(bypass).toBeTruthy();

    // The draft-mode cookie alone (without the editor's session) shows nothing extra.
    const page = await fetch(url(path), { headers: { cookie: bypass!.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain('Exit preview');
    const withSession = await fetch(url(path), { headers: { cookie: `${bypass!.split(';')[0]}; ${editor}` } });
    expect(await withSession.text()).toContain('Exit preview');
  });
});

describe('publishing the audit configuration', () => {
  it('names each problem in the words of the form, not as a path', async () => {
    const current = await (await cmsApi('/globals/audit-config?depth=0', { cookie: editor })).json();
    const questions = current.questions as Array<{ key: string; text: string }>;
    // A question whose text is short enough to be quoted whole.
    const target = questions.findIndex((question, index) => index > 0 && question.text.length <= 60);
    const duplicated = questions.map((question, index) =>
      index === target ? { ...question, key: questions[0]!.key } : question,
    );
    const response = await cmsApi('/globals/audit-config', {
      method: 'POST',
      cookie: editor,
      body: JSON.stringify({ ...current, questions: duplicated, _status: 'published' }),
    });
    expect(response.status).toBe(400);
    const body = JSON.stringify(await response.json());
    expect(body).toContain(`Questions › “${questions[target]!.text}” › Key`);
    // Nothing was published.
    const after = await (await cmsApi('/globals/audit-config?depth=0', { cookie: editor })).json();
    expect(after.questions[target].key).toBe(questions[target]!.key);
  });
});
