// An audit taker downloads their PDF report from the results page once the worker has rendered it.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { submitWizardAudit } from './fixtures/audit';

test('the results page offers the PDF report as a download', async ({ page, request }) => {
  const auditId = await submitWizardAudit(request);
  await page.goto(`/audit/results/${auditId}`);
  // While the recommendations are written, the report is being prepared.
  await expect(page.getByTestId('report-preparing')).toBeVisible();
  await expect(page.getByTestId('recommendations-status')).toHaveAttribute('data-status', 'complete', {
    timeout: 45_000,
  });
  const link = page.getByRole('link', { name: /Download PDF report/ });
  await expect(link).toBeVisible({ timeout: 45_000 });
  await link.focus();
  await expect(link).toBeFocused();

  const downloading = page.waitForEvent('download');
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^XTeam\.Pro AI audit - \d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.subarray(-8).toString()).toContain('%%EOF');
  expect(pdf.length).toBeGreaterThan(20_000);
});
