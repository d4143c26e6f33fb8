// A visitor answers in their own words: "Veterinary clinics" is healthcare and "freight invoices
// keyed by hand" is invoice processing, on the results page and in the database, with the words
// kept. And a visitor refused by the rate limit leaves the email to get the results later.
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { submitWizardAudit } from './fixtures/audit';

const next = (page: Page) => page.getByRole('button', { name: 'Next' }).click();
const stepHeading = (page: Page, text: string) =>
  expect(page.getByRole('heading', { level: 2, name: text })).toBeVisible();

async function auditRow(id: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query('SELECT * FROM audits WHERE id = $1', [id])).rows[0];
  } finally {
    await client.end();
  }
}

/** Every step in the visitor's own words, up to the contact step. */
async function answerInOwnWords(page: Page) {
  await page.goto('/audit');
  await page.getByRole('radio', { name: 'Another industry' }).check();
  await page.getByRole('textbox', { name: 'Another industry' }).fill('Veterinary clinics');
  await next(page);
  await stepHeading(page, 'How many people work in your company?');
  await page.getByRole('radio', { name: '11–50 employees' }).check();
  await next(page);
  await stepHeading(page, 'What slows your teams down?');
  await page.getByLabel('Something else slowing you down?').fill('freight invoices keyed by hand');
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByText('1 selected')).toBeVisible();
  await next(page);
  await stepHeading(page, 'Which systems do you use today?');
  await page.getByText('Excel / Google Sheets').click();
  await next(page);
  await stepHeading(page, 'Which KPIs matter most to you?');
  await page.getByText('Operational efficiency').click();
  await next(page);
  await stepHeading(page, 'How do you work today?');
  await next(page);
  await stepHeading(page, 'Where should we send your results?');
}

async function consentAndSubmit(page: Page, email: string) {
  await page.getByLabel('Work email').fill(email);
  await page.getByText('I agree that XTeam.Pro may contact me').click();
  await page.getByText('I have read the').click();
  await page.getByRole('button', { name: 'See my results' }).click();
}

test.beforeEach(async ({ page }) => {
  // A client address of its own, so the rate limits of one test do not reach another.
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250) + 1}` });
});

test('own words land on the catalogue, shown and stored with the words kept', async ({ page }) => {
  await answerInOwnWords(page);
  await consentAndSubmit(page, `own-words-${Date.now()}@example.com`);

  await expect(page).toHaveURL(/\/audit\/results\/[0-9a-f-]{36}$/);
  const auditId = page.url().split('/').pop()!;
  await expect(page.getByText('AI process audit · Veterinary clinics')).toBeVisible();
  await expect(page.getByText('Benchmark: Healthcare & life sciences')).toBeVisible();
  // The pain point in the visitor's words is costed as invoice processing (the ROI's assumptions).
  await page.getByText('Assumptions behind these figures').click();
  await expect(page.getByText(/Invoice and payment processing: about [\d.]+ hours a week today/)).toBeVisible();

  const row = await auditRow(auditId);
  expect(row).toMatchObject({ industry: 'healthcare', industry_text: 'Veterinary clinics' });
  expect(row.pain_points).toEqual([
    { slug: 'invoice-processing', text: 'Invoice and payment processing', said: 'freight invoices keyed by hand' },
  ]);
});

test('words typed without pressing Add count: added on Next and when leaving the box', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/audit');
  await page.getByRole('radio', { name: 'Manufacturing' }).check();
  await next(page);
  await stepHeading(page, 'How many people work in your company?');
  await page.getByRole('radio', { name: '11–50 employees' }).check();
  await next(page);

  // Typed, not added, then Next: the step is accepted with the words.
  await stepHeading(page, 'What slows your teams down?');
  await page.getByLabel('Something else slowing you down?').fill('Drivers call the office for every delivery change');
  await next(page);
  await stepHeading(page, 'Which systems do you use today?');
  await page.getByLabel('Another system or tool').fill('Our own dispatch board');
  await next(page);
  await stepHeading(page, 'Which KPIs matter most to you?');

  // Back on the step, the words are an answer of their own and the box is empty.
  await page.getByRole('button', { name: 'Back' }).click();
  await stepHeading(page, 'Which systems do you use today?');
  await expect(page.getByRole('list', { name: 'Your own answers' })).toContainText('Our own dispatch board');
  await expect(page.getByLabel('Another system or tool')).toHaveValue('');
  await next(page);

  // Leaving the box adds the words too.
  await stepHeading(page, 'Which KPIs matter most to you?');
  await page.getByLabel('Another KPI').fill('Quotes sent within a day');
  await page.getByLabel('Another KPI').blur();
  await expect(page.getByRole('list', { name: 'Your own answers' })).toContainText('Quotes sent within a day');
  await expect(page.getByText('1 selected')).toBeVisible();
  await next(page);
  await stepHeading(page, 'How do you work today?');
  await next(page);
  await stepHeading(page, 'Where should we send your results?');
  await consentAndSubmit(page, `typed-${Date.now()}@example.com`);

  await expect(page).toHaveURL(/\/audit\/results\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('recommendations-status')).toHaveAttribute('data-status', 'complete', {
    timeout: 30_000,
  });
  await expect(
    page.getByRole('article').filter({ hasText: '“Drivers call the office for every delivery change”' }).first(),
  ).toBeVisible();
  const row = await auditRow(page.url().split('/').pop()!);
  expect(JSON.stringify(row.current_systems)).toContain('Our own dispatch board');
  expect(JSON.stringify(row.kpis)).toContain('Quotes sent within a day');
});

test('refused by the rate limit, the visitor leaves the email to get the results later', async ({ page, request }) => {
  // The email's daily budget (AUDIT_SUBMITS_PER_EMAIL_PER_DAY = 5) is used up elsewhere first.
  const email = `later-${Date.now()}@example.com`;
  for (let i = 0; i < 5; i += 1) await submitWizardAudit(request, email);

  await answerInOwnWords(page);
  await consentAndSubmit(page, email);
  const notice = page.getByRole('alert').filter({ hasText: 'Too many audits for this email address today' });
  await expect(notice).toBeVisible();
  // A per-day budget: the notice names the day, not only a time that would read as today.
  await expect(notice.getByText(/Your answers are saved: you can send them again on \w+/)).toBeVisible();
  await expect(notice.getByRole('link', { name: 'Book a free consultation' })).toBeVisible();
  await expect(notice.getByLabel('Email for your results')).toHaveValue(email);
  await page.screenshot({ path: test.info().outputPath('rate-limited.png'), fullPage: true });

  await notice.getByRole('button', { name: 'Email me the results' }).click();
  await expect(page.getByRole('status').filter({ hasText: `we will email the results to ${email}` })).toBeVisible();

  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT id, status, industry_text FROM audits WHERE contact_email = $1 AND industry_text = 'Veterinary clinics'`,
      [email],
    );
    expect(rows).toHaveLength(1);
    expect(['deferred', 'pending', 'processing', 'completed']).toContain(rows[0].status);
  } finally {
    await client.end();
  }
});
