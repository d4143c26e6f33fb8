// On a phone the navigation folds into a menu that still reaches every section.
import { expect, test } from '@playwright/test';

test('mobile menu opens and navigates', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await page.getByLabel('Menu').click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Case studies' }).click();
  await expect(page).toHaveURL(/\/case-studies$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results our clients measured, not estimated');
});
