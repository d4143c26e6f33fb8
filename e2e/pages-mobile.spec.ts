// Pricing, contact and booking fit a phone screen: nothing wider than the viewport (the
// booking page's day list scrolls inside its card instead).
import { expect, test } from '@playwright/test';

for (const path of ['/pricing', '/contact', '/consultation']) {
  test(`${path} fits a phone screen`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (path === '/consultation') await expect(page.getByRole('radiogroup', { name: 'Day' })).toBeVisible();
    if (path === '/pricing') await expect(page.getByTestId('roi-savings')).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
  });
}
