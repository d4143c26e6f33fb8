// Audit takers watch their recommendations arrive, then see the radar chart; a reload in the
// middle keeps what was already written.
import { expect, test } from '@playwright/test';
import { submitWizardAudit } from './fixtures/audit';

test('recommendations stream in one after another, then the radar', async ({ page, request }) => {
  const auditId = await submitWizardAudit(request);
  await page.goto(`/audit/results/${auditId}`);
  const status = page.getByTestId('recommendations-status');
  const cards = page.getByRole('article');

  // Seen while the model is still writing: three more cards arrive, one after another.
  await expect(status).toHaveAttribute('data-status', 'streaming');
  const first = await cards.count();
  expect(first).toBeLessThanOrEqual(2);
  for (const wanted of [first + 1, first + 2, first + 3]) {
    await expect(cards).toHaveCount(wanted, { timeout: 15_000 });
    await expect(status).toHaveAttribute('data-status', 'streaming');
  }
  await expect(page.getByRole('button', { name: 'Stop writing' })).toBeVisible();

  await expect(status).toHaveAttribute('data-status', 'complete', { timeout: 30_000 });
  await expect(cards).toHaveCount(5);
  await expect(status).toContainText('written by our recommendation engine');
  await expect(cards.first()).toContainText('“Paper and PDF documents”');
  await expect(page.getByRole('button', { name: 'Stop writing' })).toHaveCount(0);
  await expect(page.getByTestId('maturity-radar').locator('svg.recharts-surface').first()).toBeVisible();
  await expect(
    page.getByRole('img', { name: /Radar chart of your scores against the Insurance benchmark/ }),
  ).toBeVisible();
});

test('a reload mid-stream keeps what was shown and follows the rest', async ({ page, request }) => {
  const auditId = await submitWizardAudit(request);
  await page.goto(`/audit/results/${auditId}`);
  const cards = page.getByRole('article');
  await expect(cards.nth(1)).toBeVisible({ timeout: 15_000 });
  const shownTitle = await cards.nth(0).getByRole('heading').textContent();

  await page.reload();
  // Straight from the database, before any new event arrives.
  await expect(cards.nth(1)).toBeVisible({ timeout: 2000 });
  await expect(cards.nth(0).getByRole('heading')).toHaveText(shownTitle!);
  await expect(page.getByTestId('recommendations-status')).toHaveAttribute('data-status', 'complete', {
    timeout: 30_000,
  });
  await expect(cards).toHaveCount(5);

  // A finished audit replays instantly.
  await page.reload();
  await expect(page.getByTestId('recommendations-status')).toHaveAttribute('data-status', 'complete');
  await expect(cards).toHaveCount(5);
});

test('the visitor can stop the writing and start it again', async ({ page, request }) => {
  const auditId = await submitWizardAudit(request);
  await page.goto(`/audit/results/${auditId}`);
  await expect(page.getByRole('article').first()).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Stop writing' }).click();
  const status = page.getByTestId('recommendations-status');
  await expect(status).toHaveAttribute('data-status', 'stopped');
  await expect(status).toContainText('Stopped after');
  await page.getByRole('button', { name: 'Write them again' }).click();
  await expect(status).toHaveAttribute('data-status', 'complete', { timeout: 30_000 });
  await expect(page.getByRole('article')).toHaveCount(5);
});

test('on a desktop the radar takes the card width with full names, and the forecast is a table', async ({
  page,
  request,
}) => {
  const auditId = await submitWizardAudit(request);
  await page.goto(`/audit/results/${auditId}`);
  const radar = page.getByTestId('maturity-radar');
  // The chart library loads after the page: slow under the parallel test load.
  await expect(radar.locator('svg.recharts-surface').first()).toBeVisible({ timeout: 30_000 });
  expect((await radar.boundingBox())!.width).toBeGreaterThan(600);
  await expect(radar.getByText('Data readiness')).toBeVisible();
  const table = page.getByRole('table', { name: /ROI forecast/ });
  const expectedColumn = table.getByRole('columnheader', { name: 'Expected' });
  await expectedColumn.scrollIntoViewIfNeeded();
  await expect(expectedColumn).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('roi-expected').filter({ visible: true })).toHaveCount(6);
});
