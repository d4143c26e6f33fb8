// A visitor books a consultation end to end in their own time zone, gets the confirmation
// with its calendar invitation (read from the outbox), and moves it with the emailed link.
import { expect, test } from '@playwright/test';
import pg from 'pg';

test.use({ timezoneId: 'America/New_York' });

async function outbox(bookingEmail: string) {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query(
      'SELECT m.kind, m.text, m.attachments, b.starts_at FROM email_messages m JOIN consultation_bookings b ON b.id = m.booking_id WHERE b.email = $1 ORDER BY m.created_at, m.kind',
      [bookingEmail],
    );
    return rows as Array<{ kind: string; text: string; attachments: Array<{ content: string }>; starts_at: Date }>;
  } finally {
    await db.end();
  }
}

test('book a consultation, find the confirmation in the outbox, then reschedule it', async ({ page }) => {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `192.0.2.${Math.floor(Math.random() * 250) + 1}` });
  await page.goto('/contact');
  await page.getByRole('link', { name: 'Book a consultation' }).click();
  await expect(page).toHaveURL(/\/consultation$/);
  const form = page.getByRole('form', { name: 'Book a consultation' });
  await expect(form.getByLabel('Times shown in')).toHaveValue('America/New_York');

  // A later day, so the run does not race the API tests for the first slots.
  const days = form.getByRole('radiogroup', { name: 'Day' }).getByRole('radio');
  await days.nth(Math.min(5, (await days.count()) - 1)).check({ force: true });
  const times = form.getByRole('group', { name: /^Time on/ }).getByRole('radio');
  const time = times.nth(Math.floor(Math.random() * (await times.count())));
  const startsAt = await time.getAttribute('value');
  await time.check({ force: true });
  const shownTime = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'America/New_York',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(startsAt!));

  const email = `booker-${Date.now()}@example.com`;
  await form.getByLabel('Your name').fill('Tom Becker');
  await form.getByLabel('Work email').fill(email);
  await form.getByLabel('Company (optional)').fill('Becker Fulfilment');
  await form.getByRole('button', { name: 'Book consultation' }).click();

  const success = page.getByTestId('booking-success');
  await expect(success).toContainText('You are booked');
  await expect(success).toContainText(shownTime);
  await expect(success).toContainText('America/New York');

  const emails = await outbox(email);
  expect(emails.map((e) => e.kind)).toEqual(['booking_confirmed', 'booking_confirmed_notification']);
  expect(emails[0]!.starts_at.toISOString()).toBe(startsAt);
  expect(emails[0]!.text).toContain('Tom Becker');
  const ics = Buffer.from(emails[0]!.attachments[0]!.content, 'base64').toString('utf8');
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toContain(`DTSTART:${startsAt!.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);

  // The link in the email opens the booking; move it to another time.
  const manageUrl = emails[0]!.text.match(/https?:\/\/\S+\/consultation\/manage\/[A-Za-z0-9_-]{43}/)![0];
  await page.goto(new URL(manageUrl).pathname);
  const manage = page.getByTestId('manage-booking');
  await expect(manage).toHaveAttribute('data-status', 'confirmed');
  await expect(page.getByTestId('booking-when')).toContainText(shownTime);
  await manage.getByRole('button', { name: 'Choose another time' }).click();
  const newDay = manage.getByRole('radiogroup', { name: 'Day' }).getByRole('radio');
  await newDay.nth(Math.min(7, (await newDay.count()) - 1)).check({ force: true });
  const newTime = manage
    .getByRole('group', { name: /^Time on/ })
    .getByRole('radio')
    .first();
  const movedTo = await newTime.getAttribute('value');
  await newTime.check({ force: true });
  await manage.getByRole('button', { name: 'Move my consultation' }).click();
  await expect(manage.getByRole('button', { name: 'Choose another time' })).toBeVisible();
  await expect.poll(async () => (await outbox(email)).map((e) => e.kind)).toContain('booking_rescheduled');
  expect((await outbox(email))[0]!.starts_at.toISOString()).toBe(movedTo);
});
