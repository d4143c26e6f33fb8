// A visitor takes the audit: seven steps, a reload in the middle, and lands on the results.
import { expect, test, type Page } from '@playwright/test';

const next = (page: Page) => page.getByRole('button', { name: 'Next' }).click();
const stepHeading = (page: Page, text: string) =>
  expect(page.getByRole('heading', { level: 2, name: text })).toBeVisible();

test('complete the wizard, resuming after a reload', async ({ page }) => {
  // Seven steps, a reload, the results and five streamed cards: longer than the default minute
  // while the integration tests run beside it.
  test.setTimeout(120_000);
  await page.goto('/audit?utm_source=e2e&utm_campaign=wizard');
  await expect(page.getByText('Step 1 of 7')).toBeVisible();

  // Validation with the server's schema before anything is saved.
  await next(page);
  await expect(
    page.getByRole('alert').filter({ hasText: 'Choose your industry or describe it in your own words' }),
  ).toBeVisible();

  await page.getByRole('radio', { name: 'Logistics & transportation' }).check();
  await next(page);
  await stepHeading(page, 'How many people work in your company?');
  await page.getByRole('radio', { name: '51–99 employees' }).check();
  await next(page);

  await stepHeading(page, 'What slows your teams down?');
  await page.getByText('Scheduling and planning by hand').click();
  await page.getByLabel('Something else slowing you down?').fill('Drivers call the office for every delivery change');
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByText('2 selected')).toBeVisible();
  await next(page);
  await stepHeading(page, 'Which systems do you use today?');

  // Reload in the middle: the draft comes back from the server at the same step.
  await page.reload();
  await stepHeading(page, 'Which systems do you use today?');
  await page.getByRole('button', { name: 'Back' }).click();
  await stepHeading(page, 'What slows your teams down?');
  // Shown as an own answer (and again in the hours question below it).
  await expect(page.getByText('Drivers call the office for every delivery change').first()).toBeVisible();
  await expect(page.getByText('2 selected')).toBeVisible();
  await next(page);

  await page.getByText('Excel / Google Sheets').click();
  await page.getByText('Microsoft 365 / Teams').click();
  await next(page);
  await stepHeading(page, 'Which KPIs matter most to you?');
  await page.getByText('Operational efficiency').click();
  await next(page);

  await stepHeading(page, 'How do you work today?');
  await page
    .getByRole('group', { name: /How well are your core processes documented/ })
    .getByText('Some notes or checklists')
    .click();
  await page
    .getByRole('group', { name: /How do you measure the performance/ })
    .getByText('Some KPIs, tracked by hand')
    .click();
  await next(page);

  await stepHeading(page, 'Where should we send your results?');
  await page.getByLabel('Work email').fill(`e2e-${Date.now()}@example.com`);
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Please accept the privacy notice' })).toBeVisible();
  await page.getByText('I agree that XTeam.Pro may contact me').click();
  await page.getByText('I have read the').click();
  await page.getByRole('button', { name: 'See my results' }).click();

  await expect(page).toHaveURL(/\/audit\/results\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Maturity score');
  await expect(page.getByRole('heading', { name: 'ROI forecast' })).toBeVisible();
  const cards = page.getByRole('article');
  await expect(page.getByTestId('recommendations-status')).toHaveAttribute('data-status', 'complete', {
    timeout: 30_000,
  });
  // The typed pain point is answered by one card (not deferred to a call).
  await expect(cards.filter({ hasText: '“Drivers call the office for every delivery change”' })).toHaveCount(1);
  await expect(cards).toHaveCount(5);

  // Coming back to /audit offers the finished audit and starts a new one.
  await page.goto('/audit');
  await expect(page.getByText('You already completed an audit on this browser.')).toBeVisible();
  await expect(page.getByText('Step 1 of 7')).toBeVisible();
});

test('the wizard works with the keyboard alone', async ({ page }) => {
  await page.goto('/audit');
  await page.getByRole('radio', { name: 'Manufacturing' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Manufacturing' })).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Logistics & transportation' })).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'How many people work in your company?' })).toBeFocused();
});
