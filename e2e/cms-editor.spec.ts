// The CMS as an editor meets it on http://127.0.0.1 while the site's configured name is
// localhost: ours (mark, font, colours), thumbnails and relation titles load, the audit
// configuration's rows are named by their words, and Preview and Live Preview open the draft
// on the editor's own origin, framed only by the CMS.
import { expect, test, type Page } from '@playwright/test';
import { createEditor, signInAs } from './fixtures/staff';

/** The app under test under its other loopback name. */
function loopbackOrigin(baseURL: string | undefined): string {
  const url = new URL(baseURL ?? 'http://localhost:3000');
  url.hostname = '127.0.0.1';
  return url.origin;
}

const SEEDED_POST = 'Choosing your first process to automate';

async function signInToCms(page: Page, origin: string) {
  await page.goto(`${origin}/admin/sign-in?callbackUrl=/cms`);
  await signInAs(page, createEditor());
  await page.waitForURL((url) => url.origin === origin && url.pathname === '/cms');
}

test('the CMS on 127.0.0.1: branded, thumbnails, rows in words, preview and live preview on the same origin', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = loopbackOrigin(baseURL);
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await signInToCms(page, origin);

  // Our mark in the navigation, the site's font.
  await expect(page.locator('svg rect[fill="#2645e6"]').first()).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Inter');

  // Media: thumbnails load (same-origin URLs), titled by their alt text.
  await page.goto(`${origin}/cms/collections/media`);
  await expect(page.locator('table tbody tr').first()).toBeVisible();
  // A thumbnail is drawn once the admin's scripts have run and its image has loaded: on a busy
  // host (CI, beside the integration tests) that took longer than the 10 s default twice.
  const thumbnail = page.locator('table img').first();
  await expect(thumbnail).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect(await thumbnail.getAttribute('src')).toMatch(/^\/api\/cms\/media\/file\//);

  // The audit configuration's questions are named by their text.
  await page.goto(`${origin}/cms/globals/audit-config`);
  await page.getByText('Questions', { exact: true }).first().click();
  await expect(page.getByText('How well are your core processes documented?').first()).toBeVisible();
  await expect(page.getByText(/Question 0\d/)).toHaveCount(0);

  // A post: its cover image and author are named, not "Untitled". A seeded one: the newest row
  // may be an integration test's post, unpublished and deleted while this test previews it (a
  // fresh-clone run found "We could not find that page" in the live preview).
  await page.goto(`${origin}/cms/collections/posts?search=${encodeURIComponent(SEEDED_POST)}`);
  await page.locator('table tbody tr a', { hasText: SEEDED_POST }).first().click();
  await page.waitForURL(/\/cms\/collections\/posts\/\d+$/);
  const title = (await page.locator('#field-title').inputValue()).trim();
  await expect(page.getByText(/Untitled - ID/)).toHaveCount(0);
  const rich = page.locator('[data-lexical-editor="true"]').first();
  expect(await rich.evaluate((element) => getComputedStyle(element).fontFamily)).toContain('Inter');

  // Preview opens the page on 127.0.0.1, signed in, in draft mode.
  const [preview] = await Promise.all([
    page.context().waitForEvent('page'),
    page
      .getByRole('link', { name: /^preview$/i })
      .or(page.getByRole('button', { name: /^preview$/i }))
      .first()
      .click(),
  ]);
  await preview.waitForURL((url) => url.origin === origin && url.pathname.startsWith('/blog/'));
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(preview.getByRole('status').filter({ hasText: 'Preview' })).toBeVisible();
  await preview.close();

  // Live preview: the page beside the form, in a frame the CSP lets the CMS (and only it) open.
  await page
    .getByRole('button', { name: /live preview/i })
    .first()
    .click();
  const frame = page.frameLocator('iframe').first();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 20_000 });
  expect(refused).toEqual([]);
});

test('outside an editor’s draft preview, no page may be framed', async ({ request, baseURL }) => {
  const origin = loopbackOrigin(baseURL);
  const anonymous = await request.get(`${origin}/blog`);
  expect(anonymous.headers()['x-frame-options']).toBe('DENY');
  expect(anonymous.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  // A draft-mode cookie without an editor's session changes nothing.
  const forged = await request.get(`${origin}/blog`, { headers: { cookie: '__prerender_bypass=forged' } });
  expect(forged.headers()['x-frame-options']).toBe('DENY');
  expect(forged.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});
