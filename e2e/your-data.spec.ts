// A person finds "Your data" in the footer, asks for an erasure link by keyboard, opens the link
// from the email and erases everything after confirming; the used link then explains itself.
import { expect, test } from '@playwright/test';
import pg from 'pg';

async function query<T>(text: string, params: unknown[]): Promise<T[]> {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    return (await db.query(text, params)).rows as T[];
  } finally {
    await db.end();
  }
}

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250) + 1}` });
});

test('a person erases their data through the emailed one-time link', async ({ page }) => {
  const email = `erase-me-${Date.now()}@example.com`;
  await query(
    `INSERT INTO contact_inquiries (name, email, inquiry_type, message) VALUES ('Eve Erase', $1, 'project', 'Hello there')`,
    [email],
  );

  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Your data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();

  await page.getByLabel('Your email address').fill(email);
  // Keyboard only: the radio group moves with the arrow keys.
  await page.getByRole('radio', { name: /Send me a copy/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Erase my data/ })).toBeChecked();
  await page.getByRole('button', { name: 'Email me a link' }).press('Enter');
  await expect(page.getByTestId('link-sent')).toContainText(email);

  const [message] = await query<{ html: string }>(
    `SELECT html FROM email_messages WHERE kind = 'privacy_link' AND to_address = $1`,
    [email],
  );
  const link = /href="[^"]*(\/your-data\/[A-Za-z0-9_-]{43})"/.exec(message!.html)![1]!;
  await page.goto(link);
  const erase = page.getByRole('button', { name: 'Erase my data' });
  await expect(erase).toBeDisabled();
  await page.getByLabel('I understand that all my data will be erased for good.').check();
  await erase.click();
  await expect(page.getByTestId('erase-done')).toContainText('Your data has been erased');
  expect(await query(`SELECT 1 FROM contact_inquiries WHERE email = $1`, [email])).toEqual([]);

  await page.goto(link);
  await expect(page.getByRole('alert').filter({ hasText: 'each link works once' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Request a new link' })).toBeVisible();
});
