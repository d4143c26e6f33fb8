// Dates in the staff area are the staff member's: a follow-up due 2020-01-02 14:00 UTC (stored
// as an instant, with an ISO time in its note) reads 23:00 in Tokyo and 09:00 in New York once
// the member chooses that zone in Settings, and never as a raw ISO string.
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { createStaff, signInAs } from './fixtures/staff';

async function seedFollowUp(token: string) {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const inquiry = await db.query(
      `INSERT INTO contact_inquiries (name, email, inquiry_type, message)
       VALUES ($1, $2, 'project', 'Times in my zone, please.') RETURNING id`,
      [`Tomo ${token}`, `${token}@example.com`],
    );
    const inquiryId = inquiry.rows[0].id as string;
    await db.query(`INSERT INTO leads (kind, inquiry_id, name, email) VALUES ('inquiry', $1, $2, $3)`, [
      inquiryId,
      `Tomo ${token}`,
      `${token}@example.com`,
    ]);
    // Long ago, so it sorts first among the open follow-ups whatever other tests add.
    await db.query(
      `INSERT INTO follow_ups (inquiry_id, action_type, scheduled_at, notes)
       VALUES ($1, 'call', '2020-01-02T14:00:00Z', 'Tomo asked to move the call of 2020-01-02T14:00:00.000Z.')`,
      [inquiryId],
    );
  } finally {
    await db.end();
  }
}

test('the follow-ups list shows times in the zone the staff member chose', async ({ page }) => {
  test.setTimeout(120_000);
  const token = `e2etz${randomBytes(4).toString('hex')}`;
  await seedFollowUp(token);
  const sales = createStaff('sales');

  const item = () =>
    page
      .getByTestId('follow-ups')
      .getByRole('listitem')
      .filter({ hasText: `Tomo ${token}` });
  async function chooseZone(zone: string) {
    await page.goto('/admin/settings');
    const save = page.getByRole('button', { name: 'Save' });
    await expect(save).toBeEnabled();
    await page.getByLabel('Time zone').selectOption(zone);
    await page.getByLabel('Date format (language and region)').selectOption('en-GB');
    await save.click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(page.getByTestId('date-prefs-now')).toContainText(zone);
  }

  await page.goto('/admin/follow-ups');
  await signInAs(page, sales);
  await expect(page).toHaveURL(/\/admin\/follow-ups$/);

  await chooseZone('Asia/Tokyo');
  await page.goto('/admin/follow-ups');
  await expect(item().getByTestId('follow-up-when')).toHaveText('Thu 2 Jan, 23:00 GMT+9');
  await expect(item().getByTestId('follow-up-notes')).toHaveText(
    'Tomo asked to move the call of 2 Jan 2020, 23:00 GMT+9.',
  );
  await expect(item()).not.toContainText('2020-01-02T14:00');

  await chooseZone('America/New_York');
  await page.goto('/admin/follow-ups');
  await expect(item().getByTestId('follow-up-when')).toHaveText('Thu 2 Jan, 09:00 GMT-5');
  await expect(item()).not.toContainText('T14:00');
});
