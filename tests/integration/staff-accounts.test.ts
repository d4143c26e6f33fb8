// Staff accounts end to end over real HTTP: an invitation emailed through the outbox with a
// one-time set-password link (only its hash stored), the password rules (12 characters, the
// breached list), single-use and expiring links, "Forgot password" (the same answer for any
// address, rate-limited), role changes and deactivation that apply at the colleague's next
// request, the last-admin and own-account guards, and the staff log recording each of it with
// the client's address; the retention job prunes the log after its period.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBoss } from '@/server/jobs/boss';
import { fakeClientIp, signIn, signInAttempt, trpc, url } from '../support/app';
import { sql } from '../support/db';
import { createStaffAccount, newStaffAccount } from '../support/staff';
import { waitFor } from '../support/wait';

const LINK = /\/admin\/password\/set\/([A-Za-z0-9_-]{43})/;

async function linkEmailedTo(email: string, kind: 'staff_invitation' | 'staff_password_reset', after = new Date(0)) {
  const [message] = await waitFor(
    async () => {
      const rows = await sql<{ html: string; text: string }>(
        `SELECT html, text FROM email_messages WHERE kind = $1 AND to_address = $2 AND created_at >= $3
         ORDER BY created_at DESC LIMIT 1`,
        [kind, email, after],
      );
      return rows.length ? rows : null;
    },
    { timeoutMs: 15_000, what: `a ${kind} email to ${email}` },
  );
  const token = LINK.exec(message!.html)?.[1];
  expect(LINK.exec(message!.text)?.[1]).toBe(token);
  return token!;
}

async function eventsAbout(email: string) {
  return sql<{ action: string; actor_email: string | null; ip: string | null; details: Record<string, unknown> }>(
    `SELECT action, actor_email, ip, details FROM staff_events WHERE target_email = $1 ORDER BY occurred_at, id`,
    [email],
  );
}

/** `npm run staff -- ...` against the run's database, as an operator would type it. */
function runStaffCli(args: string[]) {
  const result = spawnSync(process.execPath, ['--conditions=production', 'scripts/run.mjs', 'staff', ...args], {
    env: process.env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const uniqueStaffEmail = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@test.xteam.pro`;

let admin: { email: string; cookie: string; ip: Record<string, string> };

beforeAll(async () => {
  const account = createStaffAccount('admin');
  const ip = fakeClientIp();
  const cookie = await signIn(account.email, account.password);
  admin = { email: account.email, cookie: cookie!, ip };
});

const asAdmin = (kind: 'query' | 'mutation', path: string, input: unknown) =>
  trpc(kind, path, input, admin.cookie, admin.ip);

async function invite(role: 'admin' | 'editor' | 'sales') {
  const email = uniqueStaffEmail(`invited-${role}`);
  const response = await asAdmin('mutation', 'staff.create', { email, role });
  expect(response.status).toBe(200);
  const id = response.body.result.data.json.user.id as string;
  return { email, id, token: await linkEmailedTo(email, 'staff_invitation') };
}

const setPassword = (token: string, password: string) =>
  trpc('mutation', 'staffAccount.setPassword', { token, password }, undefined, fakeClientIp());

describe('invitations', () => {
  it('email a one-time link (only its hash stored); the invited person chooses the password and signs in', async () => {
    const { email, token } = await invite('editor');
    // The admin's answer holds no password and no link.
    const listed = await asAdmin('query', 'staff.list', undefined);
    const row = listed.body.result.data.json.find((user: { email: string }) => user.email === email);
    expect(row).toMatchObject({ status: 'invited', role: 'editor', isActive: true });
    expect(JSON.stringify(listed.body)).not.toContain(token);

    const [stored] = await sql<{ token_hash: string; purpose: string }>(
      `SELECT l.token_hash, l.purpose FROM one_time_links l JOIN admin_users u ON u.id::text = l.subject WHERE u.email = $1`,
      [email],
    );
    expect(stored).toEqual({ token_hash: createHash('sha256').update(token).digest('hex'), purpose: 'staff_invite' });
    expect(await sql(`SELECT 1 FROM one_time_links WHERE token_hash = $1 OR subject = $1`, [token])).toEqual([]);

    // No password yet: nothing signs in.
    expect(await signIn(email, 'anything-at-all-123')).toBeNull();

    const described = await trpc('query', 'staffAccount.link', { token });
    expect(described.body.result.data.json).toMatchObject({ kind: 'invite', email });

    const password = `correct horse ${Date.now()}`;
    expect((await setPassword(token, password)).status).toBe(200);
    expect(await signIn(email, password)).toBeTruthy();
  });

  it('refuse a password shorter than 12 characters or on the breached list, and keep the link usable', async () => {
    const { email, token } = await invite('sales');
    const short = await setPassword(token, 'Sh0rt!pass');
    expect(short.status).toBe(400);
    expect(short.body.error.json.data.error).toMatchObject({
      code: 'VALIDATION_ERROR',
      details: { field: 'password', reason: 'Use at least 12 characters.' },
    });

    // "qwerty123456" is 12 characters and one of the most common breached passwords (any case).
    for (const common of ['qwerty123456', 'QWERTY123456', '1q2w3e4r5t6y']) {
      const refused = await setPassword(token, common);
      expect(refused.status).toBe(400);
      expect(refused.body.error.json.data.error).toMatchObject({
        code: 'VALIDATION_ERROR',
        message: expect.stringMatching(/breached passwords/),
        details: { field: 'password' },
      });
    }
    expect(await signIn(email, 'qwerty123456')).toBeNull();
    // The refusals spent nothing: the link still works once.
    expect((await setPassword(token, `a long unlikely phrase ${Date.now()}`)).status).toBe(200);
  });

  it('links work once, even when used twice at the same moment', async () => {
    const { email, token } = await invite('editor');
    const choices = [`first choice ${Date.now()}`, `second choice ${Date.now()}`];
    const uses = await Promise.all(choices.map((choice) => setPassword(token, choice)));
    const winners = uses.flatMap((use, index) => (use.status === 200 ? [choices[index]!] : []));
    expect(winners).toHaveLength(1);
    // The loser saw the link spent: before its check (404) or at the conditional update (409).
    expect([404, 409]).toContain(uses.find((use) => use.status !== 200)!.status);
    const again = await setPassword(token, `third choice ${Date.now()}`);
    expect(again.status).toBe(404);
    expect(again.body.error.json.data.error.details).toEqual({ reason: 'used' });
    expect((await trpc('query', 'staffAccount.link', { token })).status).toBe(404);
    expect(await signIn(email, winners[0]!)).toBeTruthy();
  });

  it('links expire', async () => {
    const { token } = await invite('editor');
    // Issued two hours ago, expired a second ago (a link must expire after it was issued).
    await sql(
      `UPDATE one_time_links SET created_at = now() - interval '2 hours', expires_at = now() - interval '1 second'
       WHERE token_hash = $1`,
      [createHash('sha256').update(token).digest('hex')],
    );
    const expired = await setPassword(token, `too late now ${Date.now()}`);
    expect(expired.status).toBe(404);
    expect(expired.body.error.json.data.error.details).toEqual({ reason: 'expired' });
  });

  it('an invitation for an address that has an account is refused in words', async () => {
    const response = await asAdmin('mutation', 'staff.create', { email: admin.email, role: 'editor' });
    expect(response.status).toBe(409);
    expect(response.body.error.json.data.error.message).toBe('A staff account with this email already exists');
  });
});

describe('forgot password', () => {
  it('answers the same for an unknown address and an account, and emails only the account a link that works once', async () => {
    const account = await newStaffAccount('sales');
    const started = new Date();
    const known = await trpc(
      'mutation',
      'staffAccount.forgotPassword',
      { email: account.email },
      undefined,
      fakeClientIp(),
    );
    const unknown = await trpc(
      'mutation',
      'staffAccount.forgotPassword',
      { email: uniqueStaffEmail('nobody') },
      undefined,
      fakeClientIp(),
    );
    expect(known.status).toBe(200);
    expect(unknown).toEqual(known);

    const token = await linkEmailedTo(account.email, 'staff_password_reset', started);
    const cookie = await signIn(account.email, account.password);
    const password = `brand new secret ${Date.now()}`;
    expect((await setPassword(token, password)).status).toBe(200);
    // The reset ends every session and replaces the old password.
    expect((await trpc('query', 'leads.list', {}, cookie!)).status).toBe(401);
    expect(await signIn(account.email, account.password)).toBeNull();
    expect(await signIn(account.email, password)).toBeTruthy();
    expect((await setPassword(token, `once more ${Date.now()}`)).status).toBe(404);
  });

  it('is rate-limited per client address with 429 and Retry-After in the error', async () => {
    const ip = fakeClientIp();
    const statuses: number[] = [];
    let last: { status: number; body: any } | undefined;
    for (let attempt = 0; attempt < 6; attempt += 1) {
      last = await trpc('mutation', 'staffAccount.forgotPassword', { email: uniqueStaffEmail('spray') }, undefined, ip);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(last!.body.error.json.data.error).toMatchObject({
      code: 'RATE_LIMITED',
      details: { retryAfterSeconds: expect.any(Number) },
    });
  });
});

describe('roles and deactivation', () => {
  it('a role change applies at the colleague’s next request', async () => {
    const colleague = await newStaffAccount('sales');
    const cookie = (await signIn(colleague.email, colleague.password))!;
    expect((await trpc('query', 'leads.list', {}, cookie)).status).toBe(200);
    const [{ id }] = (await sql<{ id: string }>(`SELECT id::text FROM admin_users WHERE email = $1`, [
      colleague.email,
    ])) as [{ id: string }];
    expect((await asAdmin('mutation', 'staff.setRole', { id, role: 'editor' })).status).toBe(200);
    expect((await trpc('query', 'leads.list', {}, cookie)).status).toBe(403);
    expect((await asAdmin('mutation', 'staff.setRole', { id, role: 'admin' })).status).toBe(200);
    expect((await trpc('query', 'staff.list', undefined, cookie)).status).toBe(200);
  });

  it('deactivation ends live sessions at once, refuses sign-in and links; reactivation lets the person back', async () => {
    const colleague = await newStaffAccount('sales');
    const cookie = (await signIn(colleague.email, colleague.password))!;
    const [{ id }] = (await sql<{ id: string }>(`SELECT id::text FROM admin_users WHERE email = $1`, [
      colleague.email,
    ])) as [{ id: string }];
    const sent = new Date();
    expect((await asAdmin('mutation', 'staff.sendLink', { id })).status).toBe(200);
    const token = await linkEmailedTo(colleague.email, 'staff_password_reset', sent);

    expect((await asAdmin('mutation', 'staff.setActive', { id, active: false })).status).toBe(200);
    expect((await trpc('query', 'leads.list', {}, cookie)).status).toBe(401);
    expect(await signIn(colleague.email, colleague.password)).toBeNull();
    const viaLink = await setPassword(token, `should not work ${Date.now()}`);
    expect(viaLink.status).toBe(404);
    const [row] = await sql<{ is_active: boolean; revoked: number }>(
      `SELECT u.is_active, (SELECT count(*)::int FROM staff_sessions s WHERE s.user_id = u.id AND s.revoked_at IS NULL) AS revoked
       FROM admin_users u WHERE u.id = $1`,
      [id],
    );
    expect(row).toEqual({ is_active: false, revoked: 0 });
    // A forgotten-password request for a deactivated account sends nothing.
    const asked = new Date();
    await trpc('mutation', 'staffAccount.forgotPassword', { email: colleague.email }, undefined, fakeClientIp());
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(
      await sql(`SELECT 1 FROM email_messages WHERE to_address = $1 AND created_at >= $2`, [colleague.email, asked]),
    ).toEqual([]);

    expect((await asAdmin('mutation', 'staff.setActive', { id, active: true })).status).toBe(200);
    expect(await signIn(colleague.email, colleague.password)).toBeTruthy();
  });

  it('an admin cannot deactivate their own account, nor demote or deactivate the last active admin', async () => {
    const [{ id: selfId }] = (await sql<{ id: string }>(`SELECT id::text FROM admin_users WHERE email = $1`, [
      admin.email,
    ])) as [{ id: string }];
    const self = await asAdmin('mutation', 'staff.setActive', { id: selfId, active: false });
    expect(self.status).toBe(409);
    expect(self.body.error.json.data.error.message).toMatch(/cannot deactivate your own account/);

    // Every other admin set aside for a moment (this file runs alone: vitest.config.ts), so this
    // admin is the last active one; a pending invitation (no password yet) does not count.
    const others = await sql<{ id: string }>(
      `UPDATE admin_users SET is_active = false WHERE role = 'admin' AND is_active AND id::text <> $1 RETURNING id::text`,
      [selfId],
    );
    try {
      await invite('admin');
      const demote = await asAdmin('mutation', 'staff.setRole', { id: selfId, role: 'editor' });
      expect(demote.status).toBe(409);
      expect(demote.body.error.json.data.error).toMatchObject({
        message: 'You cannot demote the last active admin. Make another account admin first.',
        details: { reason: 'lastAdmin' },
      });
      const cli = runStaffCli(['deactivate', `--email=${admin.email}`]);
      expect(cli.status).toBe(1);
      expect(cli.stderr).toContain('You cannot deactivate the last active admin');
      const [still] = await sql<{ role: string; is_active: boolean }>(
        `SELECT role, is_active FROM admin_users WHERE id = $1`,
        [selfId],
      );
      expect(still).toEqual({ role: 'admin', is_active: true });
    } finally {
      await sql(`UPDATE admin_users SET is_active = true WHERE id::text = ANY($1::text[])`, [others.map((o) => o.id)]);
    }
  });
});

describe('the command line', () => {
  it('changes a role, deactivates, reactivates and prints a reset link that works once', async () => {
    const colleague = await newStaffAccount('editor');
    const cookie = (await signIn(colleague.email, colleague.password))!;
    expect(runStaffCli(['role', `--email=${colleague.email}`, '--role=sales']).status).toBe(0);
    expect((await trpc('query', 'leads.list', {}, cookie)).status).toBe(200);
    expect(runStaffCli(['deactivate', `--email=${colleague.email}`]).status).toBe(0);
    expect((await trpc('query', 'leads.list', {}, cookie)).status).toBe(401);
    expect(runStaffCli(['reactivate', `--email=${colleague.email}`]).status).toBe(0);

    const printed = runStaffCli(['reset-link', `--email=${colleague.email}`]);
    expect(printed.status).toBe(0);
    const token = LINK.exec(printed.stdout)![1]!;
    expect(await linkEmailedTo(colleague.email, 'staff_password_reset')).toBe(token);
    const password = `from the terminal ${Date.now()}`;
    expect((await setPassword(token, password)).status).toBe(200);
    expect((await setPassword(token, `${password} again`)).status).toBe(404);
    expect(await signIn(colleague.email, password)).toBeTruthy();
    expect(
      (await eventsAbout(colleague.email)).filter((event) => event.actor_email === null).map((e) => e.action),
    ).toEqual(
      expect.arrayContaining(['role_changed', 'deactivated', 'reactivated', 'reset_link_sent', 'password_set']),
    );
  });
});

describe('the staff log', () => {
  it('records each action with who, when and the client address, and pages newest first', async () => {
    const { email, id, token } = await invite('editor');
    const password = `log me in please ${Date.now()}`;
    const ownerIp = fakeClientIp();
    expect((await trpc('mutation', 'staffAccount.setPassword', { token, password }, undefined, ownerIp)).status).toBe(
      200,
    );
    const signInIp = fakeClientIp();
    expect((await signInAttempt(email, 'not the password', signInIp)).cookie).toBeNull();
    expect((await signInAttempt(email, password, signInIp)).cookie).toBeTruthy();
    await asAdmin('mutation', 'staff.setRole', { id, role: 'sales' });
    await asAdmin('mutation', 'staff.sendLink', { id });
    await asAdmin('mutation', 'staff.setActive', { id, active: false });
    await asAdmin('mutation', 'staff.setActive', { id, active: true });

    const adminIp = admin.ip['x-forwarded-for'];
    const events = await eventsAbout(email);
    expect(events.map((event) => event.action)).toEqual([
      'invited',
      'password_set',
      'sign_in_failed',
      'sign_in',
      'role_changed',
      'reset_link_sent',
      'deactivated',
      'reactivated',
    ]);
    expect(events).toEqual([
      {
        action: 'invited',
        actor_email: admin.email,
        ip: adminIp,
        details: expect.objectContaining({ role: 'editor' }),
      },
      { action: 'password_set', actor_email: null, ip: ownerIp['x-forwarded-for'], details: { through: 'invite' } },
      { action: 'sign_in_failed', actor_email: null, ip: signInIp['x-forwarded-for'], details: {} },
      { action: 'sign_in', actor_email: email, ip: signInIp['x-forwarded-for'], details: {} },
      { action: 'role_changed', actor_email: admin.email, ip: adminIp, details: { from: 'editor', to: 'sales' } },
      { action: 'reset_link_sent', actor_email: admin.email, ip: adminIp, details: {} },
      { action: 'deactivated', actor_email: admin.email, ip: adminIp, details: { sessionsEnded: 1 } },
      { action: 'reactivated', actor_email: admin.email, ip: adminIp, details: {} },
    ]);
    // A typed address that matches no account leaves no trace.
    const stranger = uniqueStaffEmail('stranger');
    await signInAttempt(stranger, 'whatever-it-is', fakeClientIp());
    expect(await eventsAbout(stranger)).toEqual([]);

    const page1 = await asAdmin('query', 'staff.log', { page: 1 });
    const log = page1.body.result.data.json;
    expect(log).toMatchObject({ page: 1, pageSize: 50 });
    expect(log.rows[0].targetEmail).toBe(email);
    expect(log.rows[0].action).toBe('reactivated');
    const html = await (await fetch(url('/admin/staff/log'), { headers: { cookie: admin.cookie } })).text();
    expect(html).toContain('Staff log');
    expect(html).toContain(email);
  });

  it('is pruned by the retention job after RETENTION_STAFF_LOG_MONTHS (12 by default)', async () => {
    const email = uniqueStaffEmail('old-log');
    await sql(
      `INSERT INTO staff_events (action, target_email, occurred_at) VALUES
         ('sign_in', $1, now() - interval '12 months' - interval '1 day'),
         ('sign_out', $1, now() - interval '12 months' + interval '1 day')`,
      [email],
    );
    const started = new Date();
    const boss = createBoss(process.env.DATABASE_URL!, 'producer');
    await boss.start();
    try {
      await boss.send('privacy.retention', {});
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    await waitFor(
      async () =>
        (await sql(`SELECT 1 FROM privacy_requests WHERE kind = 'retention' AND created_at >= $1`, [started])).length >
        0,
      { timeoutMs: 30_000, what: 'the retention run' },
    );
    expect((await eventsAbout(email)).map((event) => event.action)).toEqual(['sign_out']);
  });
});
