// A visitor compares the packages and works out what automation would save them; the figures
// update as they change the inputs, and the link they share restores the same state.
import { expect, test } from '@playwright/test';

test('packages from the CMS are shown with price, audience and call to action', async ({ page }) => {
  await page.goto('/pricing');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Priced up front, measured after go-live');
  const packages = page.getByTestId('service-packages').getByRole('article');
  await expect(packages).toHaveCount(3);
  await expect(packages.nth(0)).toContainText('Automation Audit & Roadmap');
  await expect(packages.nth(0)).toContainText('€4,900');
  await expect(packages.nth(1)).toContainText('from€18,000per process');
  await expect(packages.nth(1)).toContainText('Most chosen');
  await expect(packages.nth(1).getByText('Who it is for')).toBeVisible();
  await expect(packages.nth(1).getByRole('link', { name: 'Discuss your pilot' })).toHaveAttribute(
    'href',
    '/consultation',
  );
});

test('the calculator updates live and its URL restores the same state', async ({ page }) => {
  await page.goto('/pricing');
  const calculator = page.locator('#calculator');
  const savings = calculator.getByTestId('roi-savings');
  await expect(savings).toHaveText(/€/);
  const before = await savings.textContent();

  // A larger company (a dearer hour), then invoice processing unticked, then a process of our own.
  await calculator.getByLabel('Employees', { exact: true }).fill('600');
  await expect(savings).not.toHaveText(before!);
  await calculator.getByRole('checkbox', { name: 'Invoice and payment processing' }).uncheck();
  await calculator.getByLabel('Another process, in your words').fill('Chasing contract signatures');
  await calculator.getByRole('button', { name: 'Add process' }).click();
  await calculator.getByLabel('Hours per week on Chasing contract signatures', { exact: true }).fill('12');
  await expect(calculator.getByRole('checkbox', { name: 'Manual reporting in spreadsheets' })).toBeChecked();
  await calculator.getByLabel('Hours per week on manual reporting in spreadsheets', { exact: true }).fill('20');
  await expect(page.getByTestId('roi-status')).toHaveText('');
  await expect(page).toHaveURL(/employees=600/);
  await expect(page).toHaveURL(/Chasing\+contract\+signatures%3A12/);
  await expect(calculator.getByTestId('cashflow-chart').locator('svg.recharts-surface').first()).toBeVisible();

  const figures = {
    savings: await savings.textContent(),
    payback: await calculator.getByTestId('roi-payback').textContent(),
    cost: await calculator.getByTestId('roi-cost').textContent(),
    efficiency: await calculator.getByTestId('roi-efficiency').textContent(),
  };
  expect(figures.savings).not.toBe(before);

  // The same figures from the REST API: one engine.
  const api = await page.request.post('/api/calculator/roi', {
    data: {
      employees: 600,
      processes: ['Manual data entry', 'Manual reporting in spreadsheets', 'Chasing contract signatures'],
      timeSpent: { 'Manual data entry': 30, 'Manual reporting in spreadsheets': 20, 'Chasing contract signatures': 12 },
    },
  });
  const expected = await api.json();
  expect(figures.savings).toBe(`€${expected.potentialSavings.toLocaleString('en-US')}`);

  // A fresh page from the shared link shows the same state and the same figures.
  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  const restored = other.locator('#calculator');
  await expect(restored.getByLabel('Employees', { exact: true })).toHaveValue('600');
  await expect(restored.getByRole('checkbox', { name: 'Invoice and payment processing' })).not.toBeChecked();
  await expect(restored.getByLabel('Hours per week on Chasing contract signatures', { exact: true })).toHaveValue('12');
  await expect(restored.getByTestId('roi-savings')).toHaveText(figures.savings!);
  await expect(restored.getByTestId('roi-payback')).toHaveText(figures.payback!);
  await expect(restored.getByTestId('roi-cost')).toHaveText(figures.cost!);
  await expect(restored.getByTestId('roi-efficiency')).toHaveText(figures.efficiency!);
});

test('the calculator explains impossible input instead of showing figures', async ({ page }) => {
  await page.goto('/pricing?employees=2&p=manual-data-entry:80&p=invoice-processing:20#calculator');
  await expect(page.locator('#calculator').getByRole('alert')).toContainText('more than 2 people work');
});
