// Consultation booking over real HTTP and a real database: slots from the CMS availability,
// no double booking under concurrent requests (the database's exclusion constraint), the
// confirmation with its calendar invitation in the outbox, and the cancel / reschedule link.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCredentials, fakeClientIp, signIn, trpc, url } from '../support/app';
import { book, bookingRequest, freeSlots, someFreeSlot, tokenOf } from '../support/booking';

let db: pg.Client;
beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
});
afterAll(() => db.end());

const icsOf = (attachments: Array<{ content: string }>) =>
  Buffer.from(attachments[0]!.content, 'base64').toString('utf8');
const icsStamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

describe('booking.slots', () => {
  it('offers 30-minute slots in working hours (Europe/Berlin), with notice, up to the horizon', async () => {
    const { body } = await trpc('query', 'booking.slots', undefined);
    const list = body.result.data.json;
    expect(list).toMatchObject({ timeZone: 'Europe/Berlin', durationMinutes: 30 });
    expect(list.slots.length).toBeGreaterThan(50);
    const hours = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    for (const slot of list.slots) {
      const start = new Date(slot.startsAt);
      expect(new Date(slot.endsAt).getTime() - start.getTime()).toBe(30 * 60_000);
      expect(start.getTime()).toBeGreaterThanOrEqual(Date.now() + 24 * 3600_000 - 60_000);
      expect(start.getTime()).toBeLessThanOrEqual(Date.now() + 30 * 86_400_000);
      const text = hours.format(start);
      expect(text).not.toMatch(/Sat|Sun/);
      const [hh, mm] = text.split(' ').pop()!.split(':').map(Number);
      expect(hh! * 60 + mm!).toBeGreaterThanOrEqual(9 * 60);
      expect(hh! * 60 + mm! + 30).toBeLessThanOrEqual(17 * 60);
    }
  });
});

describe('booking.book', () => {
  it('books a slot: booking row, follow-up for sales, confirmation with an .ics in the outbox', async () => {
    const slot = await someFreeSlot();
    const request = bookingRequest(slot.startsAt);
    const { status, body } = await book(request);
    expect(status).toBe(200);
    const booked = body.result.data.json;
    expect(booked).toMatchObject({ status: 'confirmed', startsAt: slot.startsAt, endsAt: slot.endsAt });
    expect(booked.manageUrl).toMatch(/\/consultation\/manage\/[A-Za-z0-9_-]{43}$/);

    const { rows } = await db.query('SELECT * FROM consultation_bookings WHERE id = $1', [booked.bookingId]);
    expect(rows[0]).toMatchObject({
      name: 'Jonas Weber',
      email: request.email,
      status: 'confirmed',
      time_zone: 'America/New_York',
    });
    expect(rows[0].manage_token_hash).not.toContain(tokenOf(booked.manageUrl));
    const followUps = await db.query('SELECT action_type, scheduled_at FROM follow_ups WHERE booking_id = $1', [
      booked.bookingId,
    ]);
    expect(followUps.rows).toEqual([{ action_type: 'consultation', scheduled_at: new Date(slot.startsAt) }]);

    const emails = await db.query(
      'SELECT kind, to_address, text, attachments FROM email_messages WHERE booking_id = $1 ORDER BY kind',
      [booked.bookingId],
    );
    expect(emails.rows.map((e) => [e.kind, e.to_address])).toEqual([
      ['booking_confirmed', request.email],
      ['booking_confirmed_notification', 'sales@xteam.pro'],
    ]);
    const confirmation = emails.rows[0];
    expect(confirmation.text).toContain(tokenOf(booked.manageUrl));
    expect(confirmation.attachments[0]).toMatchObject({
      filename: 'consultation.ics',
      contentType: expect.stringContaining('text/calendar'),
    });
    const ics = icsOf(confirmation.attachments);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`DTSTART:${icsStamp(slot.startsAt)}`);
    expect(ics).toContain(`UID:${booked.bookingId}@xteam.pro`);
    // The slot is no longer offered.
    expect((await freeSlots()).map((s) => s.startsAt)).not.toContain(slot.startsAt);
  });

  it('20 concurrent bookings of one slot: exactly one succeeds, the others get 409', async () => {
    const slot = await someFreeSlot();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => book(bookingRequest(slot.startsAt, { name: `Racer ${i}` }), fakeClientIp())),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const loser of results.filter((r) => r.status === 409))
      expect(loser.body.error.json.data.error).toMatchObject({ code: 'CONFLICT', details: { field: 'startsAt' } });
    const { rows } = await db.query(
      "SELECT count(*) FROM consultation_bookings WHERE starts_at = $1 AND status = 'confirmed'",
      [slot.startsAt],
    );
    expect(Number(rows[0].count)).toBe(1);
  });

  it('the database itself refuses an overlapping confirmed booking', async () => {
    const slot = await someFreeSlot();
    expect((await book(bookingRequest(slot.startsAt))).status).toBe(200);
    const start = new Date(new Date(slot.startsAt).getTime() + 10 * 60_000);
    await expect(
      db.query(
        "INSERT INTO consultation_bookings (name, email, starts_at, ends_at, time_zone, manage_token_hash) VALUES ('x', 'x@example.com', $1, $2, 'UTC', md5(random()::text))",
        [start, new Date(start.getTime() + 30 * 60_000)],
      ),
    ).rejects.toMatchObject({ code: '23P01' });
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ email: 'nope' }, 'email'],
    [{ startsAt: 'tomorrow' }, 'startsAt'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ auditId: 'not-a-uuid' }, 'auditId'],
    [{ auditId: '00000000-0000-4000-8000-000000000000' }, 'auditId'],
  ])('refuses %j with a 400 naming the field', async (patch, field) => {
    const slot = await someFreeSlot();
    const { status, body } = await book(bookingRequest(slot.startsAt, patch));
    expect(status).toBe(400);
    expect(body.error.json.data.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field } });
  });

  it('refuses a time that is not offered (off the grid, too soon, a weekend night)', async () => {
    const slot = await someFreeSlot();
    const offGrid = new Date(new Date(slot.startsAt).getTime() + 5 * 60_000).toISOString();
    for (const startsAt of [offGrid, new Date(Date.now() + 3600_000).toISOString()]) {
      const { status, body } = await book(bookingRequest(startsAt));
      expect(status).toBe(400);
      expect(body.error.json.data.error.details).toMatchObject({ field: 'startsAt', reason: 'Not an offered slot' });
    }
  });

  it('links an audit when one is given', async () => {
    const { rows } = await db.query(
      "INSERT INTO audits (industry, company_size, status) VALUES ('insurance', '100-500', 'completed') RETURNING id",
    );
    const slot = await someFreeSlot();
    const { body } = await book(bookingRequest(slot.startsAt, { auditId: rows[0].id }));
    const booking = await db.query('SELECT audit_id FROM consultation_bookings WHERE id = $1', [
      body.result.data.json.bookingId,
    ]);
    expect(booking.rows[0].audit_id).toBe(rows[0].id);
    const notification = await db.query(
      "SELECT text FROM email_messages WHERE booking_id = $1 AND kind = 'booking_confirmed_notification'",
      [body.result.data.json.bookingId],
    );
    expect(notification.rows[0].text).toContain(`/audit/results/${rows[0].id}`);
  });
});

describe('the manage link', () => {
  async function booked() {
    const slot = await someFreeSlot();
    const { body } = await book(bookingRequest(slot.startsAt));
    return { ...body.result.data.json, token: tokenOf(body.result.data.json.manageUrl) };
  }

  it('shows the booking, moves it to another free time, and sends an updated invitation', async () => {
    const booking = await booked();
    const view = await trpc('query', 'booking.manage', { token: booking.token });
    expect(view.body.result.data.json).toMatchObject({
      status: 'confirmed',
      startsAt: booking.startsAt,
      changeable: true,
    });

    const options = (await trpc('query', 'booking.rescheduleSlots', { token: booking.token })).body.result.data.json
      .slots;
    expect(options.map((s: any) => s.startsAt)).toContain(booking.startsAt);
    const target = options.find(
      (s: any) => s.startsAt !== booking.startsAt && !s.startsAt.startsWith(booking.startsAt.slice(0, 10)),
    );
    const moved = await trpc(
      'mutation',
      'booking.reschedule',
      { token: booking.token, startsAt: target.startsAt },
      undefined,
      fakeClientIp(),
    );
    expect(moved.status).toBe(200);
    expect(moved.body.result.data.json.startsAt).toBe(target.startsAt);

    const { rows } = await db.query('SELECT starts_at, sequence FROM consultation_bookings WHERE id = $1', [
      booking.bookingId,
    ]);
    expect(rows[0]).toEqual({ starts_at: new Date(target.startsAt), sequence: 1 });
    const followUp = await db.query(
      "SELECT scheduled_at FROM follow_ups WHERE booking_id = $1 AND action_type = 'consultation'",
      [booking.bookingId],
    );
    expect(followUp.rows[0].scheduled_at).toEqual(new Date(target.startsAt));
    const email = await db.query(
      "SELECT attachments FROM email_messages WHERE booking_id = $1 AND kind = 'booking_rescheduled'",
      [booking.bookingId],
    );
    const ics = icsOf(email.rows[0].attachments);
    expect(ics).toContain('SEQUENCE:1');
    expect(ics).toContain(`DTSTART:${icsStamp(target.startsAt)}`);
    expect((await freeSlots()).map((s) => s.startsAt)).toContain(booking.startsAt);
  });

  it('cancels: the slot is free again, sales gets a follow-up, the visitor a CANCEL invitation', async () => {
    const booking = await booked();
    const cancelled = await trpc('mutation', 'booking.cancel', { token: booking.token }, undefined, fakeClientIp());
    expect(cancelled.status).toBe(200);
    expect((await freeSlots()).map((s) => s.startsAt)).toContain(booking.startsAt);
    const followUps = await db.query(
      'SELECT action_type, completed_at FROM follow_ups WHERE booking_id = $1 ORDER BY created_at',
      [booking.bookingId],
    );
    expect(followUps.rows.map((f) => [f.action_type, f.completed_at !== null])).toEqual([
      ['consultation', true],
      ['email', false],
    ]);
    const email = await db.query(
      "SELECT attachments FROM email_messages WHERE booking_id = $1 AND kind = 'booking_cancelled'",
      [booking.bookingId],
    );
    expect(icsOf(email.rows[0].attachments)).toContain('METHOD:CANCEL');

    const again = await trpc('mutation', 'booking.cancel', { token: booking.token }, undefined, fakeClientIp());
    expect(again.status).toBe(409);
    const view = await trpc('query', 'booking.manage', { token: booking.token });
    expect(view.body.result.data.json).toMatchObject({ status: 'cancelled', changeable: false });
  });

  it('knows nothing of unknown or malformed tokens', async () => {
    const unknown = await trpc('query', 'booking.manage', { token: 'A'.repeat(43) });
    expect(unknown.status).toBe(404);
    const malformed = await trpc('query', 'booking.manage', { token: 'short' });
    expect(malformed.status).toBe(400);
    const page = await fetch(url(`/consultation/manage/${'B'.repeat(43)}`));
    expect(page.status).toBe(404);
  });
});

describe('follow-ups for staff', () => {
  it('lists a new booking as an open follow-up for signed-in staff, who can mark it done', async () => {
    const slot = await someFreeSlot();
    const request = bookingRequest(slot.startsAt);
    const booked = (await book(request)).body.result.data.json;

    expect((await trpc('query', 'leads.openFollowUps', undefined)).status).toBe(401);
    const { email, password } = adminCredentials();
    const cookie = (await signIn(email, password))!;
    const list = (await trpc('query', 'leads.openFollowUps', undefined, cookie)).body.result.data.json;
    const mine = list.find((f: any) => f.lead.kind === 'booking' && f.lead.id === booked.bookingId);
    expect(mine).toMatchObject({
      actionType: 'consultation',
      scheduledAt: slot.startsAt,
      overdue: false,
      lead: { name: 'Jonas Weber', email: request.email, detail: 'Consultation booked' },
    });

    const done = await trpc('mutation', 'leads.completeFollowUp', { id: mine.id }, cookie);
    expect(done.status).toBe(200);
    const again = await trpc('mutation', 'leads.completeFollowUp', { id: mine.id }, cookie);
    expect(again.status).toBe(404);
  });
});
