// The results page on a phone (390 x 844): nothing wider than the screen, and the ROI forecast's
// expected figures stacked in cards within view instead of a table's off-screen column.
import { expect, test } from '@playwright/test';
import { submitWizardAudit } from './fixtures/audit';

test.use({ viewport: { width: 390, height: 844 } });

test('the results fit a phone and show the expected figures', async ({ page, request }) => {
  const auditId = await submitWizardAudit(request);
  await page.goto(`/audit/results/${auditId}`);
  await expect(page.getByRole('heading', { name: 'ROI forecast' })).toBeVisible();
  await expect(page.getByTestId('maturity-radar').locator('svg.recharts-surface').first()).toBeVisible();

  const expected = page.getByTestId('roi-expected').filter({ visible: true });
  await expect(expected).toHaveCount(6);
  await expect(page.getByRole('table', { name: /ROI forecast/ })).toBeHidden();
  for (const figure of await expected.all()) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toBeInViewport({ ratio: 1 });
    await expect(figure).toHaveText(/\d/);
  }
  const summary = page.getByTestId('roi-summary');
  await expect(summary.getByText('Annual savings').filter({ visible: true })).toBeVisible();
  await expect(summary.getByText(/^conservative/).first()).toBeVisible();

  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  expect(clientWidth).toBeLessThanOrEqual(390);
});
