// Visual regression (seed 12.1): the key pages on a phone and a desktop against committed
// baselines in e2e/visual.spec.ts-snapshots/. What changes from run to run (times, counts,
// other tests' content, the signed-in address) is masked. After an intended change:
//   npm run test:visual:update
// then look at the new PNGs before committing them.
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { adminAccount, signInAs } from './fixtures/staff';

test.describe.configure({ mode: 'parallel' });

const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** A seeded post no test edits. */
const POST = '/blog/choosing-your-first-process-to-automate';

/**
 * An audit whose results look the same in every run: an industry no other test answers (its
 * benchmark stays the reference profile: measured benchmarks need 10 audits of the industry),
 * submitted over REST, so its recommendations are complete before the page opens.
 */
async function stableAudit(request: APIRequestContext, viewport: string): Promise<string> {
  const response = await request.post('/api/audit/submit', {
    headers: { 'x-forwarded-for': `198.51.100.${viewport === 'phone' ? 201 : 202}` },
    data: {
      industry: 'real-estate',
      companySize: '51-99',
      painPoints: ['manual-data-entry', 'slow-approvals'],
      currentSystems: ['spreadsheets', 'microsoft-365'],
      kpis: ['cycle-time', 'error-rate'],
      contactInfo: { email: `visual-${viewport}-${Date.now()}@example.com`, company: 'Harbourview Lettings' },
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { auditId: string }).auditId;
}

async function settle(page: Page) {
  // Through the page and back: what renders only near the viewport (charts) is drawn.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
  // Web fonts and lazy images in place before the picture is taken.
  await page.evaluate(async () => {
    // Lazy images below the fold would never load in a picture taken without scrolling.
    for (const image of document.querySelectorAll('img[loading="lazy"]')) (image as HTMLImageElement).loading = 'eager';
    await document.fonts.ready;
    const pending = [...document.images].filter((image) => !image.complete);
    await Promise.all(pending.map((image) => new Promise((resolve) => (image.onload = image.onerror = resolve))));
  });
}

async function snapshot(page: Page, name: string, mask: Locator[] = []) {
  await settle(page);
  await expect(page).toHaveScreenshot(`${name}.png`, {
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
    mask: [page.locator('time'), page.locator('[data-visual-mask]'), ...mask],
    maxDiffPixelRatio: 0.01,
    timeout: 30_000,
  });
}

for (const viewport of VIEWPORTS) {
  test.describe(`looks as approved on a ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test.beforeEach(async ({ context, baseURL }) => {
      // The consent choice is made, so the banner does not cover the page.
      await context.addCookies([{ name: 'xt_consent', value: 'deny', url: baseURL! }]);
    });

    test(`home on a ${viewport.name}`, async ({ page }) => {
      await page.goto('/');
      await snapshot(page, `home-${viewport.name}`);
    });

    test(`audit wizard on a ${viewport.name}`, async ({ page }) => {
      await page.goto('/audit');
      await expect(page.getByRole('button', { name: /next/i })).toBeEnabled();
      await snapshot(page, `audit-${viewport.name}`);
    });

    test(`pricing on a ${viewport.name}`, async ({ page }) => {
      await page.goto('/pricing');
      await snapshot(page, `pricing-${viewport.name}`);
    });

    test(`a post on a ${viewport.name}`, async ({ page }) => {
      await page.goto(POST);
      await snapshot(page, `post-${viewport.name}`);
    });

    test(`results on a ${viewport.name}`, async ({ page, request }) => {
      await page.goto(`/audit/results/${await stableAudit(request, viewport.name)}`);
      await expect(page.getByTestId('recommendations-status')).toHaveAttribute('data-status', 'complete');
      await expect(page.getByTestId('maturity-radar').locator('svg.recharts-surface').first()).toBeVisible();
      // The PDF is rendered by the worker meanwhile: "preparing" or "download", either is right.
      await snapshot(page, `results-${viewport.name}`, [
        page.getByTestId('report-download').or(page.getByTestId('report-preparing')),
      ]);
    });

    test(`admin overview on a ${viewport.name}`, async ({ page }) => {
      const admin = adminAccount();
      await page.goto('/admin/sign-in?callbackUrl=/admin');
      await signInAs(page, admin);
      await page.waitForURL('**/admin');
      // Live health figures and this run's own address.
      await snapshot(page, `admin-overview-${viewport.name}`, [
        page.locator('section[aria-labelledby="health-title"] dd'),
        page.getByText(admin.email),
        page.getByRole('heading', { level: 1 }),
      ]);
    });
  });
}
