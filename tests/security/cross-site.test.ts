// Finding 6: state-changing requests from another site (or another port of this host, which
// shares the cookies) are refused with 403 in the seed's format before any budget is spent,
// unless ALLOWED_ORIGINS lets the origin in; JSON endpoints accept only application/json.
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, fakeClientIp, trpc, uniqueEmail, url } from '../support/app';
import { staffSession } from '../support/staff';

const site = new URL(APP_URL);
const otherPort = `${site.protocol}//${site.hostname}:${Number(site.port || 80) + 1}`;
const inquiry = () =>
  JSON.stringify({
    name: 'Cross Site',
    email: uniqueEmail('csrf'),
    message: 'This message was posted by a page on another site.',
    inquiryType: 'project',
  });

function expectForbidden(status: number, body: any) {
  expect(status).toBe(403);
  expect(body.error).toMatchObject({ code: 'FORBIDDEN', message: expect.any(String), details: expect.any(Object) });
}

describe('cross-site requests', () => {
  let editor: string;
  beforeAll(async () => {
    editor = await staffSession('editor');
  });

  it('the CMS refuses a same-site multipart form post from another port carrying the staff cookie', async () => {
    const form = new FormData();
    form.set('_payload', JSON.stringify({ name: `Planted ${Date.now()}`, slug: `planted-${Date.now()}` }));
    const response = await fetch(url('/api/cms/categories'), {
      method: 'POST',
      headers: { cookie: editor, origin: otherPort, 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'navigate' },
      body: form,
    });
    expectForbidden(response.status, await response.json());
  });

  it.each([
    ['/api/contact/submit', 'POST'],
    ['/api/audit/submit', 'POST'],
    ['/api/events', 'POST'],
    ['/api/calculator/roi', 'POST'],
    ['/api/trpc/contact.submit', 'POST'],
    ['/api/cms/categories/1', 'PATCH'],
    ['/api/cms/categories/1', 'DELETE'],
  ])('%s %s from another site gets 403', async (path, method) => {
    const variants: Array<Record<string, string>> = [
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'null' },
    ];
    for (const headers of variants) {
      const response = await fetch(url(path), {
        method,
        headers: { 'content-type': 'application/json', cookie: editor, ...headers },
        body: method === 'DELETE' ? undefined : inquiry(),
      });
      expectForbidden(response.status, await response.json());
    }
  });

  it('is refused before any budget is spent', async () => {
    const address = fakeClientIp();
    for (let i = 0; i < 8; i += 1) {
      const response = await fetch(url('/api/contact/submit'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://evil.example', ...address },
        body: inquiry(),
      });
      expect(response.status).toBe(403);
    }
    const own = await fetch(url('/api/contact/submit'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: site.origin, 'sec-fetch-site': 'same-origin', ...address },
      body: inquiry(),
    });
    expect(own.status).toBe(201);
  });

  it('lets an origin from ALLOWED_ORIGINS in', async () => {
    const response = await fetch(url('/api/calculator/roi'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: 'https://partner.test.xteam.pro',
        'sec-fetch-site': 'cross-site',
      },
      body: JSON.stringify({}),
    });
    // Past the cross-site rule: the calculator itself answers (400 for the empty input).
    expect(response.status).toBe(400);
  });

  it('leaves NextAuth to its own CSRF token', async () => {
    const response = await fetch(url('/api/auth/signout'), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: 'csrfToken=forged',
    });
    expect(response.status).not.toBe(403);
    expect(response.status).toBeLessThan(500);
  });

  it("accepts the site's other loopback name (an editor on 127.0.0.1 when SITE_URL says localhost), and only on its port", async () => {
    const loopback = `${site.protocol}//127.0.0.1:${site.port}`;
    const sameOrigin = await fetch(url('/api/contact/submit').replace(site.origin, loopback), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: loopback,
        'sec-fetch-site': 'same-origin',
        ...fakeClientIp(),
      },
      body: inquiry(),
    });
    expect(sameOrigin.status).not.toBe(403);
    const otherLoopbackPort = await fetch(url('/api/contact/submit').replace(site.origin, loopback), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: `${site.protocol}//127.0.0.1:${Number(site.port) + 1}` },
      body: inquiry(),
    });
    expectForbidden(otherLoopbackPort.status, await otherLoopbackPort.json());
  });
});

describe('JSON media type', () => {
  it.each([
    'text/plain; charset=application/json',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonp',
  ])('REST and tRPC refuse %j with 415 in the seed format', async (type) => {
    const rest = await fetch(url('/api/contact/submit'), {
      method: 'POST',
      headers: { 'content-type': type, ...fakeClientIp() },
      body: inquiry(),
    });
    expect(rest.status).toBe(415);
    expect((await rest.json()).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const rpc = await trpc('mutation', 'contact.submit', JSON.parse(inquiry()), undefined, { 'content-type': type });
    expect(rpc.status).toBe(415);
    expect(JSON.stringify(rpc.body)).toContain('UNSUPPORTED_MEDIA_TYPE');
  });

  it('accepts application/json with parameters', async () => {
    const response = await fetch(url('/api/contact/submit'), {
      method: 'POST',
      headers: { 'content-type': 'Application/JSON; charset=utf-8', ...fakeClientIp() },
      body: inquiry(),
    });
    expect(response.status).toBe(201);
  });
});
