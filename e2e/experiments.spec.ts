// Marketing runs an A/B test: an editor creates a home-hero experiment in the CMS, fresh
// visitors each get one variant and keep it, one of them starts an audit, and an admin reads
// the visitors and the conversion per variant on /admin/experiments.
//
// Other journeys assert the home hero's default text while this one runs beside them, so the
// experiment's audience is its test link (/?xp=<id>): only visitors who open that link take
// part; everyone else keeps the default page whatever the status.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import { assignVariant } from '../src/domain/experiments/assignment';
import { adminAccount, createEditor, signInAs } from './fixtures/staff';

const DEFAULT_HEADLINE = 'Automate the work that slows your business down.';

async function storedExperiment(id: string) {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query(
      `SELECT e.audience::text AS audience, e.status::text AS status, e.surface::text AS surface,
              array_agg(v.key ORDER BY v._order) AS keys
         FROM payload.experiments e JOIN payload.experiments_variants v ON v._parent_id = e.id
        WHERE e.id = $1 GROUP BY e.id`,
      [Number(id)],
    );
    return rows[0] as { audience: string; status: string; surface: string; keys: string[] } | undefined;
  } finally {
    await db.end();
  }
}

async function choose(page: Page, field: string, option: string) {
  // Payload's selects are react-select inputs (class prefix "rs").
  await page.locator(`#field-${field} .rs__control`).click();
  await page
    .locator('.rs__option')
    .filter({ hasText: new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .click();
}

async function save(page: Page, method: 'POST' | 'PATCH') {
  // A click that lands before the form is ready sends nothing: click again only then.
  await expect(async () => {
    const sent = page.waitForResponse(
      (response) => response.request().method() === method && /\/api\/cms\/experiments/.test(response.url()),
      { timeout: 10_000 },
    );
    await page.locator('#action-save').click();
    expect((await sent).status()).toBeLessThan(300);
  }).toPass({ timeout: 60_000 });
}

async function freshVisitor(browser: Browser, baseURL: string) {
  const context = await browser.newContext();
  const visitorId = randomBytes(16).toString('hex');
  // A visitor who allowed analytics: the consent banner's choice and its first-party id.
  await context.addCookies([
    { name: 'xt_consent', value: 'allow', url: baseURL },
    { name: 'xt_vid', value: visitorId, url: baseURL },
  ]);
  return { context, page: await context.newPage(), visitorId };
}

test('an editor runs a hero experiment; visitors keep their variant; an admin reads the conversion', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(240_000);
  const tag = randomBytes(3).toString('hex');
  const variants = [
    { key: 'control', label: 'Control', headline: `Automate what slows you down ${tag}`, cta: 'Start the free audit' },
    {
      key: 'bold',
      label: 'Bold promise',
      headline: `Get back ten hours a week ${tag}`,
      cta: 'Get my automation score',
    },
  ];

  // The editor creates the experiment: a draft first, checked to be scoped to its test link
  // before it runs (a running experiment for everyone would change other journeys' home page).
  await page.goto('/admin/sign-in?callbackUrl=/cms/collections/experiments/create');
  await signInAs(page, createEditor());
  await page.waitForURL((url) => url.pathname === '/cms/collections/experiments/create');
  // The variant rows first, on an untouched form: under load a row added while the form was
  // still checking another field's change stayed a placeholder. Then a fresh form, once more.
  let attempt = 0;
  page.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()));
  await expect(async () => {
    if (attempt++ > 0) await page.reload();
    for (const index of variants.keys()) {
      await page.getByRole('button', { name: 'Add Variant' }).click();
      await expect(page.locator(`#field-variants__${index}__key`)).toBeVisible({ timeout: 15_000 });
    }
  }).toPass({ timeout: 90_000 });
  await page.locator('#field-name').fill(`Hero headline test ${tag}`);
  await choose(page, 'surface', 'Home hero');
  await choose(page, 'goal', 'Audit started');
  await choose(page, 'audience', 'Test link only (?xp=<id>)');
  for (const [index, variant] of variants.entries()) {
    await page.locator(`#field-variants__${index}__key`).fill(variant.key);
    await page.locator(`#field-variants__${index}__label`).fill(variant.label);
    await page.locator(`#field-variants__${index}__weight`).fill('50');
    await page.locator(`#field-variants__${index}__headline`).fill(variant.headline);
    await page.locator(`#field-variants__${index}__ctaLabel`).fill(variant.cta);
  }
  await save(page, 'POST');
  await page.waitForURL(/\/cms\/collections\/experiments\/\d+$/);
  const id = /\/(\d+)$/.exec(new URL(page.url()).pathname)![1]!;
  expect(await storedExperiment(id)).toEqual({
    audience: 'test-link',
    status: 'draft',
    surface: 'home-hero',
    keys: ['control', 'bold'],
  });

  await choose(page, 'status', 'Running');
  await save(page, 'PATCH');
  await expect.poll(async () => (await storedExperiment(id))?.status).toBe('running');

  // Fresh visitors on the test link: each sees the variant of the hash of (experiment, visitor),
  // in the server's HTML (no flash), and the same one again; both variants appear.
  const experiment = { id, variants: variants.map((v) => ({ ...v, weight: 50 })) };
  const seen = new Map<string, number>();
  let converter: Awaited<ReturnType<typeof freshVisitor>> | null = null;
  for (let i = 0; i < 20 && (seen.size < 2 || i < 4); i += 1) {
    const visitor = await freshVisitor(browser, baseURL!);
    const expected = variants.find((v) => v.key === assignVariant(experiment as never, visitor.visitorId)!.key)!;
    await expect(async () => {
      const response = await visitor.page.goto(`/?xp=${id}`);
      expect(await response!.text()).toContain(expected.headline);
    }).toPass({ timeout: 15_000 });
    await expect(visitor.page.getByRole('heading', { level: 1 })).toHaveText(expected.headline);
    await visitor.page.reload();
    await expect(visitor.page.getByRole('heading', { level: 1 })).toHaveText(expected.headline);
    await expect(visitor.page.locator('section[data-experiment-variant]')).toHaveAttribute(
      'data-experiment-variant',
      expected.key,
    );
    seen.set(expected.key, (seen.get(expected.key) ?? 0) + 1);
    if (!converter && expected.key === 'bold') converter = visitor;
    else await visitor.context.close();
  }
  expect([...seen.keys()].sort()).toEqual(['bold', 'control']);

  // Without the test link the home page is untouched.
  const outsider = await freshVisitor(browser, baseURL!);
  await outsider.page.goto('/');
  await expect(outsider.page.getByRole('heading', { level: 1 })).toHaveText(DEFAULT_HEADLINE);
  await outsider.context.close();

  // The converter follows the variant's call to action and starts the audit.
  const visitor = converter!;
  await visitor.page.screenshot({ path: testInfo.outputPath('variant-bold.png') });
  await visitor.page.getByRole('link', { name: variants[1]!.cta }).click();
  await visitor.page.waitForURL((url) => url.pathname === '/audit');
  await visitor.page.getByRole('radio', { name: 'Logistics & transportation' }).check();
  await visitor.page.getByRole('button', { name: 'Next' }).click();
  await expect(
    visitor.page.getByRole('heading', { level: 2, name: 'How many people work in your company?' }),
  ).toBeVisible();
  await visitor.context.close();

  // An admin reads the figures: every visitor counted once under their variant, one conversion.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await admin.goto('/admin/sign-in?callbackUrl=/admin/experiments');
  await signInAs(admin, adminAccount());
  // By path: the sign-in page's own URL ends with ?callbackUrl=/admin/experiments.
  await admin.waitForURL((url) => url.pathname === '/admin/experiments');
  const card = admin.locator(`section[data-experiment-id="${id}"]`);
  const cell = (variant: string, column: string) =>
    card.locator(`tr[data-variant="${variant}"] [data-column="${column}"]`);
  await expect(async () => {
    await admin.reload();
    await expect(cell('bold', 'conversions')).toHaveText('1', { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(cell('control', 'visitors')).toHaveText(String(seen.get('control')));
  await expect(cell('bold', 'visitors')).toHaveText(String(seen.get('bold')));
  await expect(cell('control', 'conversions')).toHaveText('0');
  await expect(card.getByRole('heading', { name: `Hero headline test ${tag}` })).toBeVisible();
  await expect(card.getByTestId('sample-size-note')).toBeVisible();
  await admin.screenshot({ path: testInfo.outputPath('admin-experiments.png'), fullPage: true });
  await adminContext.close();
});
