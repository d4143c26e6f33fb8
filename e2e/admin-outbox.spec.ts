// Staff search the outbox: typing filters it (by recipient, subject or lead), paging keeps the
// search, an unknown term shows the empty state, Escape clears. Messages tagged for this test.
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { adminAccount, signInAs } from './fixtures/staff';

async function seed(tag: string, person: string) {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO email_messages (kind, to_address, subject, html, text, status, created_at)
       SELECT 'audit_report', $1 || '-' || g || '@example.com', 'Your audit results ' || g, '<p>x</p>', 'x', 'kept',
              timestamptz '2018-05-01T00:00:00Z' + g * interval '1 minute'
       FROM generate_series(1, 30) g`,
      [tag],
    );
    const inquiry = await db.query(
      `INSERT INTO contact_inquiries (name, email, inquiry_type, message)
       VALUES ($1, 'jo@example.net', 'project', 'Hi') RETURNING id`,
      [person],
    );
    const inquiryId = inquiry.rows[0].id as string;
    await db.query(`INSERT INTO leads (kind, inquiry_id, name, email) VALUES ('inquiry', $1, $2, 'jo@example.net')`, [
      inquiryId,
      person,
    ]);
    await db.query(
      `INSERT INTO email_messages (kind, to_address, subject, html, text, status, inquiry_id)
       VALUES ('contact_ack', 'jo@example.net', 'We received your message', '<p>x</p>', 'x', 'sent', $1)`,
      [inquiryId],
    );
  } finally {
    await db.end();
  }
}

test('search the outbox by recipient and by lead, page through the results', async ({ page }) => {
  test.setTimeout(120_000);
  const tag = `e2eobx${randomBytes(4).toString('hex')}`;
  // The lead's name shares nothing with the tag, so the tag finds the 30 messages alone.
  const person = `Jo Outbox ${randomBytes(4).toString('hex')}`;
  await seed(tag, person);
  await page.goto('/admin/outbox');
  await signInAs(page, adminAccount());
  // The first staff page after signing in can be slow on a busy machine.
  await expect(page.getByRole('heading', { name: 'Email outbox', level: 1 })).toBeVisible({ timeout: 30_000 });

  const box = page.getByRole('searchbox', { name: 'Search by recipient, subject or lead' });
  await expect(box).toBeEnabled();
  await box.fill(tag);
  await expect(page).toHaveURL(new RegExp(`\\?q=${tag}$`));
  await expect(page.getByTestId('outbox-status')).toHaveText(`30 emails match “${tag}”.`);
  const rows = page.getByTestId('outbox-table').locator('tbody tr');
  await expect(rows).toHaveCount(25);
  await expect(rows.first()).toContainText(`${tag}-30@example.com`);
  await expect(page.getByTestId('outbox-paging')).toHaveText('1–25 of 30 emails · page 1 of 2');

  await page.getByRole('link', { name: 'Older →' }).click();
  await expect(page).toHaveURL(new RegExp(`q=${tag}&page=2$`));
  await expect(rows).toHaveCount(5);
  await expect(rows.last()).toContainText(`${tag}-1@example.com`);

  // By the lead's name: the acknowledgement sent to the lead, with a link to the lead.
  await box.fill(person);
  await box.press('Enter');
  await expect(page.getByTestId('outbox-status')).toHaveText(`1 email matches “${person}”.`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole('link', { name: person })).toHaveAttribute(
    'href',
    /\/admin\/leads\/[0-9a-f-]{36}$/,
  );

  await box.fill(`${tag}-nothing`);
  await expect(page.getByTestId('outbox-empty')).toContainText(`No emails match “${tag}-nothing”.`);

  await box.press('Escape');
  await expect(box).toHaveValue('');
  await expect(page).toHaveURL(/\/admin\/outbox$/);
  await expect(page.getByTestId('outbox-table')).toBeVisible();
});
