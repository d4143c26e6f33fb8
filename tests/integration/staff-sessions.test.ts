// Staff sessions end on the server: sign-out, 30 idle minutes and 12 hours after sign-in all
// refuse the same cookie afterwards; a role change applies at once; repeated failed sign-ins
// lock the account (the right password included) until the lock expires.
import { describe, expect, it } from 'vitest';
import { signIn, signInAttempt, signOut, trpc, url } from '../support/app';
import { sql } from '../support/db';
import { newStaffAccount } from '../support/staff';

async function sessionUser(cookie: string) {
  const body = (await (await fetch(url('/api/auth/session'), { headers: { cookie } })).json()) as {
    user?: { email: string; role: string };
  };
  return body.user ?? null;
}

/** The admin area answers a valid session with the page, an ended one with the sign-in page. */
async function adminPageStatus(cookie: string) {
  const response = await fetch(url('/admin'), { headers: { cookie }, redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location') };
}

async function signedInAdmin() {
  const account = await newStaffAccount('admin');
  const cookie = await signIn(account.email, account.password);
  expect(cookie).toBeTruthy();
  const [row] = await sql<{ id: string }>(
    `SELECT s.id FROM staff_sessions s JOIN admin_users u ON u.id = s.user_id WHERE u.email = $1`,
    [account.email],
  );
  return { ...account, cookie: cookie!, sessionId: row!.id };
}

describe('staff sessions', () => {
  it('records each sign-in as a server-side session with a 12-hour absolute limit', async () => {
    const { sessionId } = await signedInAdmin();
    const [row] = await sql<{ hours: number; revoked_at: Date | null }>(
      `SELECT extract(epoch FROM expires_at - created_at) / 3600 AS hours, revoked_at FROM staff_sessions WHERE id = $1`,
      [sessionId],
    );
    expect(Number(row!.hours)).toBe(12);
    expect(row!.revoked_at).toBeNull();
  });

  it('sign-out invalidates the session: the old cookie no longer works', async () => {
    const { cookie, email, sessionId } = await signedInAdmin();
    expect((await sessionUser(cookie))?.email).toBe(email);
    expect((await trpc('query', 'staff.list', undefined, cookie)).status).toBe(200);

    await signOut(cookie);

    const [row] = await sql<{ revoked_at: Date | null }>(`SELECT revoked_at FROM staff_sessions WHERE id = $1`, [
      sessionId,
    ]);
    expect(row!.revoked_at).not.toBeNull();
    // The same cookie, replayed: the JWT still verifies, but the session is over.
    expect(await sessionUser(cookie)).toBeNull();
    expect((await trpc('query', 'staff.list', undefined, cookie)).status).toBe(401);
    const page = await adminPageStatus(cookie);
    expect(page.status).toBe(307);
    expect(new URL(page.location!, url('/')).pathname).toBe('/admin/sign-in');
  });

  it('ends after 30 idle minutes, and stays alive while used', async () => {
    const { cookie, sessionId } = await signedInAdmin();

    await sql(`UPDATE staff_sessions SET last_seen_at = now() - interval '29 minutes' WHERE id = $1`, [sessionId]);
    expect((await trpc('query', 'staff.list', undefined, cookie)).status).toBe(200);
    const [touched] = await sql<{ idle_seconds: number }>(
      `SELECT extract(epoch FROM now() - last_seen_at) AS idle_seconds FROM staff_sessions WHERE id = $1`,
      [sessionId],
    );
    expect(Number(touched!.idle_seconds)).toBeLessThan(60);

    await sql(`UPDATE staff_sessions SET last_seen_at = now() - interval '31 minutes' WHERE id = $1`, [sessionId]);
    expect((await trpc('query', 'staff.list', undefined, cookie)).status).toBe(401);
    expect((await adminPageStatus(cookie)).status).toBe(307);
  });

  it('ends 12 hours after sign-in however active', async () => {
    const { cookie, sessionId } = await signedInAdmin();
    await sql(
      `UPDATE staff_sessions SET created_at = now() - interval '12 hours', expires_at = now() - interval '1 second',
         last_seen_at = now() WHERE id = $1`,
      [sessionId],
    );
    expect((await trpc('query', 'staff.list', undefined, cookie)).status).toBe(401);
    expect(await sessionUser(cookie)).toBeNull();
  });

  it('applies a role change or a deactivation at once', async () => {
    const { cookie, email } = await signedInAdmin();
    await sql(`UPDATE admin_users SET role = 'editor' WHERE email = $1`, [email]);
    expect((await trpc('query', 'staff.list', undefined, cookie)).status).toBe(403);
    expect((await sessionUser(cookie))?.role).toBe('editor');
    await sql(`UPDATE admin_users SET is_active = false WHERE email = $1`, [email]);
    expect((await trpc('query', 'staff.list', undefined, cookie)).status).toBe(401);
  });
});

describe('account lockout', () => {
  it('locks an account after five failed sign-ins, then refuses even the right password', async () => {
    const account = await newStaffAccount('sales');
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const failed = await signInAttempt(account.email, `wrong-password-${attempt}`);
      expect(failed.cookie).toBeNull();
    }
    const locked = await signInAttempt(account.email, account.password);
    expect(locked.cookie).toBeNull();
    expect(locked.error).toBe('AccountLocked');

    // Another account is not affected.
    const other = await newStaffAccount('sales');
    expect(await signIn(other.email, other.password)).toBeTruthy();

    // When the lock expires, the right password works again.
    await sql(`UPDATE rate_limits SET expire = 1 WHERE key = $1`, [`staff-signin:${account.email}`]);
    expect(await signIn(account.email, account.password)).toBeTruthy();
  });

  it('a successful sign-in clears earlier failures', async () => {
    const account = await newStaffAccount('editor');
    for (let attempt = 1; attempt <= 4; attempt += 1) await signInAttempt(account.email, 'not-the-password');
    expect(await signIn(account.email, account.password)).toBeTruthy();
    for (let attempt = 1; attempt <= 4; attempt += 1) await signInAttempt(account.email, 'not-the-password');
    expect(await signIn(account.email, account.password)).toBeTruthy();
  });

  it('locks unknown emails the same way, so the lock reveals nothing', async () => {
    const email = `nobody-${Date.now()}@test.xteam.pro`;
    for (let attempt = 1; attempt <= 5; attempt += 1) await signInAttempt(email, 'whatever-password');
    expect((await signInAttempt(email, 'whatever-password')).error).toBe('AccountLocked');
  });
});
