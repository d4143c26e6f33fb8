// Issue 16 in the browser: the wizard asks how many hours a week each pain point costs (one
// answered, one skipped: the results mark the skipped one estimated), and "Stop writing" keeps
// every card already on screen.
import { expect, test, type Page } from '@playwright/test';
import { submitWizardAudit } from './fixtures/audit';

const next = (page: Page) => page.getByRole('button', { name: 'Next', exact: true }).click();
// Saving a step may take a while on a busy machine: wait for the next heading generously.
const stepHeading = (page: Page, text: string) =>
  expect(page.getByRole('heading', { level: 2, name: text })).toBeVisible({ timeout: 30_000 });

test('hours per pain point: one answered, one skipped and marked estimated on the results', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/audit');
  await page.getByRole('radio', { name: 'Manufacturing' }).check();
  await next(page);
  await stepHeading(page, 'How many people work in your company?');
  await page.getByRole('radio', { name: '100–500 employees' }).check();
  await next(page);

  await stepHeading(page, 'What slows your teams down?');
  const hours = page.getByTestId('pain-point-hours');
  await expect(hours).toHaveCount(0);
  await page.getByText('Manual data entry', { exact: true }).click();
  await page.getByText('Disconnected systems', { exact: true }).click();
  await expect(hours).toBeVisible();
  await expect(page.getByRole('group', { name: /how many hours a week/i })).toBeVisible();
  await hours.getByLabel('Hours a week for Manual data entry').selectOption({ label: '10–20 hours a week' });
  await expect(hours.getByLabel('Hours a week for Disconnected systems')).toHaveValue('');
  await next(page);
  await stepHeading(page, 'Which systems do you use today?');

  // The saved draft keeps the answer.
  await page.reload();
  await stepHeading(page, 'Which systems do you use today?');
  await page.getByRole('button', { name: 'Back' }).click();
  await stepHeading(page, 'What slows your teams down?');
  await expect(page.getByLabel('Hours a week for Manual data entry')).toHaveValue('15');
  await next(page);

  await stepHeading(page, 'Which systems do you use today?');
  await page.getByText('SAP ERP', { exact: true }).click();
  await next(page);
  await stepHeading(page, 'Which KPIs matter most to you?');
  await page.getByText('Operational efficiency', { exact: true }).click();
  await next(page);
  await stepHeading(page, 'How do you work today?');
  await next(page);
  await stepHeading(page, 'Where should we send your results?');
  await page.getByLabel('Work email').fill(`e2e-hours-${Date.now()}@example.com`);
  await page.getByText('I agree that XTeam.Pro may contact me').click();
  await page.getByText('I have read the').click();
  await page.getByRole('button', { name: 'See my results' }).click();

  await expect(page).toHaveURL(/\/audit\/results\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const rows = page.getByTestId('roi-process-hours');
  await expect(rows).toHaveCount(2);
  const given = rows.filter({ hasText: 'Manual data entry' });
  await expect(given).toContainText('about 15 hours a week today');
  await expect(given).toContainText('your figure');
  await expect(given).toHaveAttribute('data-estimated', 'false');
  const skipped = rows.filter({ hasText: 'Disconnected systems' });
  await expect(skipped).toContainText('estimated: typical for your company size');
  await expect(skipped).toHaveAttribute('data-estimated', 'true');
  await page.screenshot({ path: 'test-results/audit-hours-results.png', fullPage: true });
});

test('"Stop writing" keeps every card already shown', async ({ page, request }) => {
  test.setTimeout(90_000);
  const auditId = await submitWizardAudit(request, `stop-${Date.now()}@example.com`);
  await page.goto(`/audit/results/${auditId}`);
  const status = page.getByTestId('recommendations-status');
  const cards = page.getByRole('article');
  await expect(status).toHaveAttribute('data-status', 'streaming');
  // Stop while the first card is on screen, possibly still being written.
  await expect(cards.first()).toBeVisible({ timeout: 15_000 });
  const shownTitle = await cards.first().getByRole('heading').textContent();
  const shown = await cards.count();
  await page.getByRole('button', { name: 'Stop writing' }).click();
  await expect(status).toHaveAttribute('data-status', 'stopped', { timeout: 15_000 });
  const kept = await cards.count();
  expect(kept).toBeGreaterThanOrEqual(shown);
  expect(kept).toBeGreaterThanOrEqual(1);
  await expect(status).toHaveText(`Stopped after ${kept} recommendation${kept === 1 ? '' : 's'}.`);
  // The first card is the one seen before the stop (its title may have grown since).
  expect((await cards.first().getByRole('heading').textContent())!.startsWith(shownTitle!.trim())).toBe(true);
  await page.screenshot({ path: 'test-results/audit-stop-kept.png', fullPage: true });

  // The stored state says the same after a reload.
  await page.reload();
  await expect(status).toHaveAttribute('data-status', 'stopped');
  await expect(cards).toHaveCount(kept);
  await expect(page.getByRole('button', { name: 'Write them again' })).toBeVisible();
});
