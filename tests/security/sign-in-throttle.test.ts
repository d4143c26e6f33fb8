// Finding 3: nobody can keep a staff member out by failing sign-ins for their email. Sign-ins
// are throttled per address and per (address, email) with 429 + Retry-After, and a browser
// that signed in before (trusted-device cookie) is exempt from the email-wide lock.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signInAttempt, uniqueEmail } from '../support/app';
import { newStaffAccount } from '../support/staff';

const from = (address: string) => ({ 'x-forwarded-for': address });
const randomAddress = () => `192.0.2.${1 + Math.floor(Math.random() * 250)}`;

describe('sign-in lockout abuse', () => {
  it('failures from another address cannot lock out a browser with a device cookie', async () => {
    const account = await newStaffAccount('sales');
    const office = from('198.51.100.77');
    const first = await signInAttempt(account.email, account.password, office);
    expect(first.cookie).toBeTruthy();
    const device = first.setCookies.find((cookie) => cookie.startsWith('xteam-device='));
    expect(device).toBeTruthy();

    // An attacker elsewhere fails five times: the account-wide lock engages...
    const attacker = from(randomAddress());
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await signInAttempt(account.email, `wrong-${attempt}`, attacker)).cookie).toBeNull();
    }
    const elsewhere = await signInAttempt(account.email, account.password, from(randomAddress()));
    expect(elsewhere.error).toBe('AccountLocked');

    // ...but not for the browser that signed in before, even from a new address.
    const owner = await signInAttempt(account.email, account.password, { ...from(randomAddress()), cookie: device! });
    expect(owner.cookie).toBeTruthy();
    // A device cookie of another email does not open this one.
    const other = await newStaffAccount('sales');
    const otherDevice = (await signInAttempt(other.email, other.password, office)).setCookies.find((c) =>
      c.startsWith('xteam-device='),
    );
    for (let attempt = 1; attempt <= 5; attempt += 1) await signInAttempt(account.email, `wrong-${attempt}`, attacker);
    const borrowed = await signInAttempt(account.email, account.password, { ...office, cookie: otherDevice! });
    expect(borrowed.error).toBe('AccountLocked');
    // Two accounts created with the real CLI and 17 sign-ins: slow on a loaded machine.
  }, 120_000);

  it('throttles one address spraying passwords across emails: 429 with Retry-After', async () => {
    const sprayer = from(`203.0.113.${1 + Math.floor(Math.random() * 250)}`);
    const outcomes: number[] = [];
    for (let attempt = 1; attempt <= 21; attempt += 1) {
      outcomes.push((await signInAttempt(uniqueEmail('spray'), randomBytes(8).toString('hex'), sprayer)).status);
    }
    // STAFF_SIGNIN_FAILURES_PER_IP defaults to 20 per lockout period.
    expect(outcomes.slice(0, 20).every((status) => status !== 429)).toBe(true);
    expect(outcomes[20]).toBe(429);

    const csrf = await fetch(new URL('/api/auth/csrf', process.env.APP_URL).toString());
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch(new URL('/api/auth/callback/credentials', process.env.APP_URL).toString(), {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: csrf.headers
          .getSetCookie()
          .map((c) => c.split(';')[0])
          .join('; '),
        ...sprayer,
      },
      body: new URLSearchParams({ csrfToken, email: uniqueEmail('spray'), password: 'x', json: 'true' }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await response.json()) as { error: { code: string; timestamp: string } };
    expect(body.error).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.any(String),
      details: expect.any(Object),
    });
  });

  it('throttles guessing one account from one address even with a device cookie', async () => {
    const account = await newStaffAccount('editor');
    const office = from(randomAddress());
    const device = (await signInAttempt(account.email, account.password, office)).setCookies.find((c) =>
      c.startsWith('xteam-device='),
    )!;
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 11; attempt += 1) {
      statuses.push((await signInAttempt(account.email, `guess-${attempt}`, { ...office, cookie: device })).status);
    }
    // Twice the account lock's five failures, then 429 for this address and email.
    expect(statuses.slice(0, 10).every((status) => status !== 429)).toBe(true);
    expect(statuses[10]).toBe(429);
  }, 120_000);
});
