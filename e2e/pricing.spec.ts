// A visitor compares the packages and works out what automation would save them; the figures
// update as they change the inputs, and the link they share restores the same state.
import { expect, test } from '@playwright/test';
import pg from 'pg';

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
  // The chart is drawn when its place comes near the viewport.
  await calculator.getByText('Cumulative net benefit over 3 years').scrollIntoViewIfNeeded();
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

test('the visitor emails the estimate to themselves and it arrives with the same figures', async ({ page }) => {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250) + 1}` });
  await page.goto('/pricing');
  const calculator = page.locator('#calculator');
  await calculator.getByLabel('Employees', { exact: true }).fill('240');
  await expect(page).toHaveURL(/employees=240/);
  await expect(page.getByTestId('roi-status')).toHaveText('');
  const savings = (await calculator.getByTestId('roi-savings').textContent())!;
  const payback = (await calculator.getByTestId('roi-payback').textContent())!;

  const form = calculator.getByTestId('estimate-email-form');
  const email = `prospect-${Date.now()}@example.com`;
  await form.getByLabel('Your email address').fill(email);
  await form.getByRole('button', { name: 'Send' }).click();
  await expect(form.getByText('Tick the box to agree')).toBeVisible();
  await form.getByRole('checkbox').check();
  await form.getByRole('button', { name: 'Send' }).click();
  await expect(form.getByRole('status')).toHaveText(`Sent: the estimate is on its way to ${email}.`);

  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT text FROM email_messages WHERE to_address = $1 AND kind = 'roi_estimate'`,
      [email],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].text).toContain(savings);
    expect(rows[0].text).toContain(payback);
    const leads = await client.query('SELECT kind FROM leads WHERE email = $1', [email]);
    expect(leads.rows).toEqual([{ kind: 'inquiry' }]);
  } finally {
    await client.end();
  }
});
