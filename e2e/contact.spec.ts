// A visitor writes to us: mistakes are explained next to the fields, a form sent faster than a
// person can type is refused, and a proper message is confirmed (and acknowledged by email).
import { expect, test } from '@playwright/test';
import pg from 'pg';

test.beforeEach(async ({ page }) => {
  // A client address of its own, so the contact rate limit of one test does not hit another.
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250) + 1}` });
});

test('errors are shown next to the fields, then the message is sent and acknowledged', async ({ page }) => {
  await page.goto('/contact?type=audit');
  const form = page.getByRole('form', { name: 'Send us a message' });
  await expect(form.getByLabel('What is it about?')).toHaveValue('audit');
  await form.getByLabel('Your name').fill('Lena Fischer');
  await form.getByLabel('Work email').fill('lena@');
  await form.getByLabel('Your message').fill('Too short');
  await form.getByRole('button', { name: 'Send message' }).click();
  await expect(form.getByText('Enter a valid email address')).toBeVisible();
  await expect(form.getByText('Please write at least 10 characters')).toBeVisible();
  await expect(form.getByLabel('Work email')).toHaveAttribute('aria-invalid', 'true');

  // A person takes a few seconds to write; the form refuses anything faster (CONTACT_MIN_FILL_SECONDS).
  await page.waitForTimeout(3000);
  const email = `lena-${Date.now()}@example.com`;
  await form.getByLabel('Work email').fill(email);
  await form
    .getByLabel('Your message')
    .fill('We scored 38 in your audit. Could we go through the invoice capture recommendation together?');
  await form.getByRole('button', { name: 'Send message' }).click();
  const success = page.getByTestId('contact-success');
  await expect(success).toContainText('Thank you, your message is with us');
  await expect(success).toContainText(email);

  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query(
      'SELECT m.kind FROM email_messages m JOIN contact_inquiries c ON c.id = m.inquiry_id WHERE c.email = $1 ORDER BY m.kind',
      [email],
    );
    expect(rows.map((r) => r.kind)).toEqual(['contact_ack', 'contact_notification']);
  } finally {
    await db.end();
  }
});

test('a form sent faster than a person could type is refused with an explanation', async ({ page }) => {
  await page.goto('/contact');
  const form = page.getByRole('form', { name: 'Send us a message' });
  // Filled by script within a second of the page being shown: what a bot does.
  await form.getByLabel('Your name').fill('Speedy');
  await form.getByLabel('Work email').fill('speedy@example.com');
  await form.getByLabel('Your message').fill('Buy our backlinks, best prices guaranteed!!!');
  await form.getByRole('button', { name: 'Send message' }).click();
  await expect(form.getByRole('alert')).toHaveText('That was quick! Please check your message and send it again.');
  await expect(page.getByTestId('contact-success')).toHaveCount(0);
});
