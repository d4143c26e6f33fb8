// The integrations journeys: an admin creates an API key (shown once, then only its prefix) and
// revokes it; anyone reads the API reference at /developers, rendered under our CSP.
import { expect, test } from '@playwright/test';
import { adminAccount, signInAs } from './fixtures/staff';

test('an admin creates an API key, sees it once, and revokes it', async ({ page }) => {
  await page.goto('/admin/integrations');
  await signInAs(page, adminAccount());
  await expect(page.getByRole('heading', { name: 'Integrations', level: 1 })).toBeVisible();

  const name = `CRM sync ${Date.now()}`;
  await page.getByLabel('Key name').fill(name);
  await page.getByRole('checkbox', { name: /audits:read/ }).check();
  await page.getByRole('button', { name: 'Create key' }).click();
  const secret = page.getByTestId('once-secret');
  await expect(secret).toHaveText(/^xtp_[A-Za-z0-9_-]{43}$/);
  const key = (await secret.textContent())!;

  const row = page.getByTestId('api-keys').getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('leads:read, audits:read');
  await expect(row).toContainText(`${key.slice(0, 12)}…`);
  await page.screenshot({ path: test.info().outputPath('integrations.png'), fullPage: true });

  const answer = await page.request.get('/api/v1/leads?limit=1', { headers: { authorization: `Bearer ${key}` } });
  expect(answer.status()).toBe(200);

  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: /Revoke/ }).click();
  await expect(row).toContainText('Revoked');
  const refused = await page.request.get('/api/v1/leads?limit=1', { headers: { authorization: `Bearer ${key}` } });
  expect(refused.status()).toBe(401);
});

test('the API reference renders the OpenAPI document under the page’s CSP', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  await page.goto('/developers');
  await expect(page.getByRole('heading', { name: 'Developers', level: 1 })).toBeVisible();
  const reference = page.getByTestId('api-reference');
  await expect(reference.getByText('/api/v1/leads').first()).toBeVisible({ timeout: 20_000 });
  await expect(reference.getByText('/api/v1/audit/submit').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('developers.png'), fullPage: false });
  expect(violations).toEqual([]);
});
