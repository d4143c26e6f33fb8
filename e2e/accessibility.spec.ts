// Every public page passes axe's WCAG 2.1 A/AA checks with no violations, on a desktop and a
// phone viewport. Pages come from one list (fixtures/public-pages.ts).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PUBLIC_PAGES } from './fixtures/public-pages';

// Each check stands alone: spread them over every worker.
test.describe.configure({ mode: 'parallel' });

const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

for (const viewport of VIEWPORTS) {
  test.describe(`accessibility on ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const publicPage of PUBLIC_PAGES) {
      test(`${publicPage.path} has no axe violations`, async ({ page }) => {
        const response = await page.goto(publicPage.path);
        expect(response?.status()).toBe(publicPage.status ?? 200);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(publicPage.heading);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze();
        const summary = results.violations.map((violation) => ({
          rule: violation.id,
          impact: violation.impact,
          help: violation.help,
          targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
        }));
        expect(summary).toEqual([]);
        // No horizontal scrolling either.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  });
}
