// The analytics journeys: an admin reads the dashboard and changes its date range (preset and
// custom, kept in the URL); a visitor allows or declines analytics in the consent banner.
import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { adminAccount, signInAs } from './fixtures/staff';

async function withDb<T>(work: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

const headline = (page: Page, key: string) => page.getByTestId(`headline-${key}`).getByTestId('value');

test.describe('admin analytics dashboard', () => {
  // June 2022 belongs to this spec only: 3 visitors and 2 audits on the 1st-3rd, 1 more of each on the 6th.
  test.beforeAll(async () => {
    await withDb(async (db) => {
      const tag = randomBytes(4).toString('hex');
      const views: Array<[string, string]> = [
        ['a', '2022-06-01T10:00:00Z'],
        ['b', '2022-06-02T10:00:00Z'],
        ['c', '2022-06-03T10:00:00Z'],
        ['d', '2022-06-06T10:00:00Z'],
      ];
      for (const [v, at] of views) {
        await db.query(
          `INSERT INTO analytics_events (name, visitor_id, path, source, occurred_at) VALUES ('page_view', $1, '/', 'direct', $2)`,
          [`e2e-${tag}-${v}`, at],
        );
      }
      for (const at of ['2022-06-01T11:00:00Z', '2022-06-02T11:00:00Z', '2022-06-06T11:00:00Z']) {
        await db.query(
          `INSERT INTO audits (industry, company_size, pain_points, current_systems, kpis, contact_info, status, created_at)
           VALUES ('manufacturing', '100-500', '[]', '[]', '[]', '{}', 'draft', $1)`,
          [at],
        );
      }
    });
  });

  test('shows the figures for a range in the URL and follows range changes', async ({ page }) => {
    await page.goto('/admin/analytics?from=2022-06-01&to=2022-06-07');
    await signInAs(page, adminAccount());
    await expect(page).toHaveURL(/\/admin\/analytics\?from=2022-06-01&to=2022-06-07$/);
    await expect(page.getByRole('heading', { name: 'Analytics', level: 1 })).toBeVisible();
    await expect(page.getByTestId('range-summary')).toContainText('1 Jun 2022 – 7 Jun 2022');
    await expect(headline(page, 'visitors')).toHaveText('4');
    await expect(headline(page, 'auditsStarted')).toHaveText('3');
    await expect(page.getByTestId('headline-visitors')).toContainText('prev. 0');
    await expect(page.getByRole('table', { name: /^Funnel: audits per stage/ })).toContainText('Visited the site');
    await expect(page.getByTestId('chart-audits-over-time')).toBeVisible();
    await page.getByText('Show the figures as a table').first().click();
    await expect(page.getByRole('table', { name: 'Audits started and completed per day' })).toContainText('2022-06-06');

    // A custom range: the 1st to the 3rd of June.
    await page.getByLabel('From', { exact: true }).fill('2022-06-01');
    await page.getByLabel('To', { exact: true }).fill('2022-06-03');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/from=2022-06-01&to=2022-06-03$/);
    await expect(headline(page, 'visitors')).toHaveText('3');
    await expect(headline(page, 'auditsStarted')).toHaveText('2');
    await expect(page.getByTestId('range-summary')).toContainText('compared with 29 May 2022 – 31 May 2022');

    // The next three days compare with those.
    await page.goto('/admin/analytics?from=2022-06-04&to=2022-06-06');
    await expect(headline(page, 'visitors')).toHaveText('1');
    await expect(page.getByTestId('headline-visitors')).toContainText('prev. 3');
    await expect(page.getByTestId('headline-visitors').locator('.sr-only')).toHaveText(
      'Visitors: 1, down 66.7%, previous period 3. Source: counted visits.',
    );

    // A preset: the last 7 days, up to today.
    await page.getByRole('link', { name: 'Last 7 days' }).click();
    const today = new Date().toISOString().slice(0, 10);
    const weekAgo = new Date(Date.now() - 6 * 86_400_000).toISOString().slice(0, 10);
    await expect(page).toHaveURL(new RegExp(`from=${weekAgo}&to=${today}$`));
    await expect(page.getByRole('link', { name: 'Last 7 days' })).toHaveAttribute('aria-current', 'true');

    // An impossible range says so and falls back to the default.
    await page.goto('/admin/analytics?from=2022-06-10&to=2022-06-01');
    await expect(page.getByRole('alert').filter({ hasText: 'The start must not be after the end' })).toContainText(
      'Showing the last 30 days instead.',
    );
  });

  test('reconciles the records with the counted visits', async ({ page }) => {
    test.setTimeout(120_000);
    // August 2022 belongs to this test only: 3 audits (2 through the API, never counted as a
    // visit, one own-words industry among them), 1 counted visitor who started the third.
    await withDb(async (db) => {
      // A retry starts from an empty month again.
      await db.query(`DELETE FROM analytics_events WHERE occurred_at >= '2022-08-01' AND occurred_at < '2022-09-01'`);
      await db.query(`DELETE FROM audits WHERE created_at >= '2022-08-01' AND created_at < '2022-09-01'`);
      const tag = randomBytes(4).toString('hex');
      const insert = (industry: string, text: string | null, at: string) =>
        db.query(
          `INSERT INTO audits (industry, industry_text, company_size, pain_points, current_systems, kpis, contact_info,
                               status, created_at)
           VALUES ($1, $2, '11-50', '[]', '[]', '[]', '{}', 'completed', $3) RETURNING id`,
          [industry, text, at],
        );
      await insert('logistics', null, '2022-08-02T10:00:00Z');
      await insert('other', 'Manufactoring company', '2022-08-03T10:00:00Z');
      const counted = await insert('manufacturing', null, '2022-08-04T10:00:00Z');
      for (const name of ['page_view', 'audit_started'])
        await db.query(
          `INSERT INTO analytics_events (name, visitor_id, path, audit_id, source, occurred_at)
           VALUES ($1, $2, '/', $3, 'direct', '2022-08-04T10:00:00Z')`,
          [name, `e2e-${tag}-rec`, name === 'page_view' ? null : counted.rows[0].id],
        );
    });
    await page.goto('/admin/analytics?from=2022-08-01&to=2022-08-07');
    await signInAs(page, adminAccount());
    // The first render of a range can take a while on a busy machine (its loading state shows).
    await expect(headline(page, 'visitors')).toHaveText('1', { timeout: 45_000 });
    await expect(headline(page, 'auditsStarted')).toHaveText('3');
    await expect(page.getByTestId('headline-visitors').getByTestId('source')).toHaveText('from counted visits');
    await expect(page.getByTestId('headline-auditsStarted').getByTestId('source')).toHaveText('from records');
    await expect(page.getByTestId('reconciliation')).toHaveText(
      '3 audits started, 1 from a counted visit; the other 2 came through the API or from visitors who were not counted. 1 counted visitor in the same days.',
    );
    const funnel = page.getByTestId('funnel');
    await expect(funnel.getByRole('row', { name: /Started the audit/ })).toContainText('3 audits');
    await expect(funnel.getByRole('row', { name: /Started the audit/ })).toContainText('records');
    await expect(funnel.getByRole('row', { name: /Visited the site/ })).toContainText('counted visits');
    await page.getByText('Show the figures as a table').nth(1).click();
    const industries = page.getByRole('table', { name: 'Audits by industry' });
    await expect(industries.getByRole('row', { name: /Manufacturing/ })).toContainText('2');
    await expect(industries).not.toContainText('Other');
  });

  test('shows the empty state for a range without events', async ({ page }) => {
    await page.goto('/admin/analytics?from=2001-01-01&to=2001-01-31');
    await signInAs(page, adminAccount());
    await expect(page.getByRole('status').filter({ hasText: 'No events in this range yet' })).toBeVisible();
    await expect(headline(page, 'visitors')).toHaveText('0');
  });
});

test.describe('consent banner', () => {
  const banner = (page: Page) => page.getByRole('region', { name: 'Privacy-friendly analytics' });
  const eventsAt = (path: string) =>
    withDb(async (db) => (await db.query('SELECT * FROM analytics_events WHERE path = $1', [path])).rows);

  test('declined: the banner goes away and nothing is recorded', async ({ page, context }) => {
    await page.goto('/');
    await expect(banner(page)).toBeVisible();
    await banner(page).getByRole('button', { name: 'Decline' }).click();
    await expect(banner(page)).toBeHidden();
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'xt_consent')?.value).toBe('deny');
    expect(cookies.find((c) => c.name === 'xt_vid')).toBeUndefined();

    const path = `/e2e-declined-${randomBytes(4).toString('hex')}`;
    await page.goto(path);
    await expect(banner(page)).toBeHidden();
    await page.waitForTimeout(1500);
    expect(await eventsAt(path)).toHaveLength(0);
  });

  test('allowed: page views carry the cookie id; cookie settings change the choice later', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await banner(page).getByRole('button', { name: 'Allow' }).click();
    await expect(banner(page)).toBeHidden();
    const visitorId = (await context.cookies()).find((c) => c.name === 'xt_vid')?.value;
    expect(visitorId).toMatch(/^[0-9a-f]{32}$/);

    const path = `/e2e-allowed-${randomBytes(4).toString('hex')}`;
    await page.goto(path);
    await expect.poll(async () => (await eventsAt(path)).map((row) => row.visitor_id)).toEqual([visitorId]);

    // Cookie settings in the footer: the banner again, with the keyboard taken there.
    await page.getByRole('button', { name: 'Cookie settings' }).click();
    await expect(banner(page)).toBeVisible();
    await expect(banner(page)).toContainText('Your current choice: allowed.');
    await expect(banner(page).getByRole('heading', { name: 'Privacy-friendly analytics' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(banner(page).getByRole('button', { name: 'Decline' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(banner(page)).toBeHidden();
    const after = await context.cookies();
    expect(after.find((c) => c.name === 'xt_consent')?.value).toBe('deny');
    expect(after.find((c) => c.name === 'xt_vid')).toBeUndefined();
  });
});
