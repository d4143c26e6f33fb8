// A visitor lands on the home page, reads it, and moves around with the navigation.
import { expect, test } from '@playwright/test';

test('home page renders its sections', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/XTeam\.Pro/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Automate the work that slows your business down.');
  for (const name of [
    'From the first audit to automations in production',
    'Four steps, about three minutes, a plan you can act on',
    'Results our clients measure',
  ]) {
    await expect(page.getByRole('heading', { name })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Start your free AI audit' }).first()).toHaveAttribute('href', '/audit');
});

test('main navigation reaches its sections and the footer reaches the status page', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'How it works' }).click();
  await expect(page).toHaveURL(/#how-it-works$/);
  await expect(page.getByRole('heading', { name: /Four steps/ })).toBeInViewport();

  await page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'System status' }).click();
  await expect(page).toHaveURL(/\/status$/);
  await expect(page.getByText('All systems operational')).toBeVisible();
  await expect(page.getByText(/Database/)).toBeVisible();
});

test('keyboard users can skip to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('unknown pages answer 404', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
});
