// Staff sign in once for the admin area and the CMS; wrong passwords are refused.
import { expect, test } from '@playwright/test';
import { adminAccount, createEditor, createStaff, signInAs } from './fixtures/staff';

test('/admin redirects anonymous visitors to our sign-in page', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in\?callbackUrl=%2Fadmin$/);
  await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
});

test('a wrong password is refused', async ({ page }) => {
  await page.goto('/admin/sign-in');
  await signInAs(page, { email: adminAccount().email, password: 'definitely-not-it' });
  await expect(page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/sign-in/);
});

test('the admin signs in, sees the overview, and signs out', async ({ page }) => {
  const admin = adminAccount();
  await page.goto('/admin');
  await signInAs(page, admin);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId('signed-in-as')).toHaveText(`${admin.email} · admin`);
  await expect(page.getByRole('heading', { name: 'Platform health' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Staff' })).toBeVisible();

  await page.getByRole('link', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in/);
});

test('an editor created from the command line opens the CMS but not the admin tools', async ({ page }) => {
  const editor = createEditor();
  await page.goto('/cms');
  await signInAs(page, editor);
  await expect(page).toHaveURL(/\/cms/);
  await expect(page.getByText('Users').first()).toBeVisible();
  await page.goto('/admin');
  await expect(page.getByText('You are an editor')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Staff' })).toHaveCount(0);
});

test('five wrong passwords lock the account: even the right one is refused, with an explanation', async ({ page }) => {
  const sales = createStaff('sales');
  await page.goto('/admin/sign-in');
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await signInAs(page, { email: sales.email, password: `wrong-password-${attempt}` });
    await expect(page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' })).toBeVisible();
  }
  await signInAs(page, sales);
  await expect(page.getByRole('alert').filter({ hasText: 'this account is locked' })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/sign-in/);
});

test('a sales account works the leads but cannot open analytics or the CMS', async ({ page }) => {
  const sales = createStaff('sales');
  await page.goto('/admin');
  await signInAs(page, sales);
  await expect(page.getByTestId('signed-in-as')).toHaveText(`${sales.email} · sales`);
  const nav = page.getByRole('navigation', { name: 'Admin' });
  await expect(nav.getByRole('link', { name: 'Leads' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Analytics' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Content (CMS)' })).toHaveCount(0);
  await page.goto('/admin/analytics');
  await expect(page).toHaveURL(/\/admin\/leads\?denied=analytics/);
  await expect(page.getByRole('alert').filter({ hasText: 'Your role does not open that page' })).toBeVisible();
  await page.goto('/cms');
  await expect(page).not.toHaveURL(/\/cms/);
});
