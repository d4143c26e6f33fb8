// Finding 1: per-address budgets cannot be reset by sending X-Forwarded-For. With no proxy in
// front (the default, TRUSTED_PROXY_HOPS=0) the socket address decides; behind a trusted proxy
// only the entry that proxy wrote counts. Replayed on the contact form (5 per address per hour)
// and on booking (a per-email budget on top of the per-address one).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeClientIp, uniqueEmail, url } from '../support/app';
import { book, bookingRequest, someFreeSlot } from '../support/booking';
import { randomLoopback, requestFrom, startDirectServer, type DirectServer } from '../support/direct-server';

const inquiry = () =>
  JSON.stringify({
    name: 'Forwarded Header',
    email: uniqueEmail('xff'),
    message: 'Trying to get a fresh budget with every request by forging the forwarded header.',
    inquiryType: 'project',
  });

describe('with no proxy in front (TRUSTED_PROXY_HOPS=0)', () => {
  let server: DirectServer;
  beforeAll(async () => {
    server = await startDirectServer();
  }, 90_000);
  afterAll(() => server?.stop());

  it('keys the budget on the socket address, whatever X-Forwarded-For / X-Real-IP claim', async () => {
    const from = randomLoopback();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const forged = `203.0.113.${i + 1}`;
      const response = await requestFrom(from, `${server.baseUrl}/api/contact/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forged, 'x-real-ip': forged },
        body: inquiry(),
      });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
        expect(JSON.parse(response.body).error.code).toBe('RATE_LIMITED');
      }
    }
    // CONTACT_SUBMITS_PER_IP_PER_HOUR defaults to 5: the forged headers shared one budget.
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);

    // Another real client still has its own budget.
    const other = await requestFrom(randomLoopback(), `${server.baseUrl}/api/contact/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: inquiry(),
    });
    expect(other.status).toBe(201);
  });
});

describe('behind one trusted proxy (the test runner plays it)', () => {
  it('counts the entry the proxy appended, not what the client wrote before it', async () => {
    const client = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const response = await fetch(url('/api/contact/submit'), {
        method: 'POST',
        // What a proxy forwards for a client that sent its own forged header.
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.66.0.${i + 1}, ${client}` },
        body: inquiry(),
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });
});

describe('booking', () => {
  it('limits new bookings per email as well as per address (3 a day)', async () => {
    const email = uniqueEmail('many-bookings');
    const statuses: number[] = [];
    let refusal: any;
    for (let i = 0; i < 4; i += 1) {
      // A new address each time: only the email ties the requests together.
      const { status, body } = await book(bookingRequest((await someFreeSlot()).startsAt, { email }));
      statuses.push(status);
      if (status === 429) refusal = body.error.json.data.error;
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(refusal).toMatchObject({ code: 'RATE_LIMITED', details: { reason: 'bookingPerEmail' } });
  });
});

describe("someone else's email", () => {
  it('refused attempts do not use up the owner’s per-email budget', async () => {
    const victim = uniqueEmail('victim');
    const attacker = fakeClientIp();
    const body = (email: string) =>
      JSON.stringify({
        name: 'Someone',
        email,
        message: 'Sending as somebody else, over and over.',
        inquiryType: 'project',
      });
    const post = (email: string, headers: Record<string, string>) =>
      fetch(url('/api/contact/submit'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: body(email),
      });
    // The attacker spends the address budget on other emails, then keeps trying with the victim's.
    for (let i = 0; i < 5; i += 1) expect((await post(uniqueEmail('filler'), attacker)).status).toBe(201);
    for (let i = 0; i < 5; i += 1) expect((await post(victim, attacker)).status).toBe(429);
    // Invalid requests with the victim's email are refused before any budget either.
    for (let i = 0; i < 5; i += 1) {
      const response = await fetch(url('/api/contact/submit'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...fakeClientIp() },
        body: JSON.stringify({ name: '', email: victim, message: 'short', inquiryType: 'project' }),
      });
      expect(response.status).toBe(400);
    }
    // The owner still has the whole day's budget (3).
    for (let i = 0; i < 3; i += 1) expect((await post(victim, fakeClientIp())).status).toBe(201);
  });
});
