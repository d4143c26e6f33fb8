// Staff accounts as an admin and a colleague live them: an invitation from /admin/staff arrives
// in the outbox, the colleague chooses a password through its link and signs in; a role change
// shows at the colleague's next click and a deactivation ends their open session; "Forgot
// password" sends a link that works once and expires.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import { adminAccount, createStaff, signInAs } from './fixtures/staff';

async function query<T>(text: string, params: unknown[] = []): Promise<T[]> {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    return (await db.query(text, params)).rows as T[];
  } finally {
    await db.end();
  }
}

/** The set-password link of the newest staff email to the address, once the outbox has `count` of them. */
async function emailedLink(
  email: string,
  kind: 'staff_invitation' | 'staff_password_reset',
  count = 1,
): Promise<string> {
  const newest = async () =>
    query<{ html: string }>(
      `SELECT html FROM email_messages WHERE kind = $1 AND to_address = $2 ORDER BY created_at DESC`,
      [kind, email],
    );
  await expect.poll(async () => (await newest()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(count);
  const [message] = await newest();
  return /href="[^"]*(\/admin\/password\/set\/[A-Za-z0-9_-]{43})"/.exec(message!.html)![1]!;
}

/** axe's WCAG 2.1 A/AA checks, as for the public pages (accessibility.spec.ts). */
async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map((violation) => ({ rule: violation.id, targets: violation.nodes.map((n) => n.target) })),
  ).toEqual([]);
}

async function adminOnStaffPage(page: Page) {
  await page.goto('/admin/staff');
  await signInAs(page, adminAccount());
  await expect(page).toHaveURL(/\/admin\/staff$/);
  await expect(page.getByRole('heading', { name: 'Team accounts' })).toBeVisible();
  // The accounts are fetched by the page's script: once a row shows, the page is interactive.
  await expect(page.getByTestId(`account-${adminAccount().email}`)).toBeVisible();
}

async function signedInColleague(browser: Browser, account: { email: string; password: string }) {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/admin');
  await signInAs(page, account);
  await expect(page.getByTestId('signed-in-as')).toContainText(account.email);
  return page;
}

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250) + 1}` });
});

test('an invitation arrives in the outbox; the colleague chooses a password through its link and signs in', async ({
  page,
  browser,
}) => {
  await adminOnStaffPage(page);
  const email = `invited-${Date.now()}@test.xteam.pro`;
  // Keyboard only: the email field, the role, then Enter.
  await page.getByLabel('Invite by email').fill(email);
  await page.getByLabel('Role', { exact: true }).selectOption('sales');
  await page.getByLabel('Invite by email').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Invitation emailed to ${email}` })).toBeVisible();
  const row = page.getByTestId(`account-${email}`);
  await expect(row.getByText('Invitation pending')).toBeVisible();
  // Nothing on the admin's screen is a password or the link.
  await expect(page.getByText(/password:/i)).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The same email is in the admin outbox for staff to read (its own page: the list's first page
  // holds only the newest messages, and the tests beside this one send many).
  await expect
    .poll(async () => (await query(`SELECT id FROM email_messages WHERE to_address = $1`, [email])).length, {
      timeout: 15_000,
    })
    .toBeGreaterThan(0);
  const [message] = await query<{ id: string }>(`SELECT id::text FROM email_messages WHERE to_address = $1`, [email]);
  await page.goto(`/admin/outbox/${message!.id}`);
  await expect(page.getByText(email).first()).toBeVisible();

  const link = await emailedLink(email, 'staff_invitation');
  const colleague = await (await browser.newContext()).newPage();
  await colleague.goto(link);
  await expect(colleague.getByRole('heading', { name: 'Welcome: choose your password' })).toBeVisible();
  await expect(colleague.getByText(email)).toBeVisible();
  await expect(colleague.getByLabel('New password', { exact: true })).toBeFocused();
  await expectNoAxeViolations(colleague);

  // Too short, then breached: refused in words, next to the field.
  await colleague.getByLabel('New password', { exact: true }).fill('short');
  await colleague.getByLabel('Repeat the new password').fill('short');
  await colleague.getByRole('button', { name: 'Save password' }).click();
  await expect(colleague.getByText('Use at least 12 characters.')).toBeVisible();
  await colleague.getByLabel('New password', { exact: true }).fill('qwerty123456');
  await colleague.getByLabel('Repeat the new password').fill('qwerty123456');
  await colleague.getByRole('button', { name: 'Save password' }).click();
  await expect(colleague.getByText(/appears in lists of breached passwords/)).toBeVisible();
  await expect(colleague.getByLabel('New password', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  const password = `sales desk ${Date.now()} lamp`;
  await colleague.getByLabel('New password', { exact: true }).fill(password);
  await colleague.getByLabel('Repeat the new password').fill(password);
  await colleague.getByRole('button', { name: 'Save password' }).click();
  await expect(colleague.getByTestId('password-set')).toBeFocused();
  await colleague.getByRole('link', { name: 'Go to sign-in' }).click();
  await signInAs(colleague, { email, password });
  await expect(colleague.getByTestId('signed-in-as')).toHaveText(`${email} · sales`);

  await page.goto('/admin/staff');
  await expect(page.getByTestId(`account-${email}`).getByText('Active', { exact: true })).toBeVisible();
});

test('a role change shows at the colleague’s next click; deactivation ends their open session', async ({
  page,
  browser,
}) => {
  const sales = createStaff('sales');
  const colleague = await signedInColleague(browser, sales);
  await expect(colleague.getByText('You work the leads')).toBeVisible();

  await adminOnStaffPage(page);
  const row = page.getByTestId(`account-${sales.email}`);
  await row.getByLabel(`Role of ${sales.email}`).selectOption('editor');
  await row.getByRole('button', { name: `Save role of ${sales.email}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${sales.email} is now Editor` })).toBeVisible();

  await colleague.reload();
  await expect(colleague.getByText('You are an editor')).toBeVisible();
  await expect(colleague.getByTestId('signed-in-as')).toHaveText(`${sales.email} · editor`);

  await row.getByRole('button', { name: `Deactivate ${sales.email}` }).click();
  const confirm = row.getByRole('button', { name: `Yes, deactivate ${sales.email}` });
  await expect(confirm).toBeFocused();
  await confirm.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'their sessions have ended' })).toBeVisible();
  await expect(row.getByText('Deactivated')).toBeVisible();

  await colleague.reload();
  await expect(colleague).toHaveURL(/\/admin\/sign-in/);
  await signInAs(colleague, sales);
  await expect(colleague.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' })).toBeVisible();

  // The staff log tells the story.
  await page.goto('/admin/staff/log');
  await expectNoAxeViolations(page);
  const log = page.getByRole('table');
  await expect(log.getByRole('row').filter({ hasText: 'Deactivated' }).filter({ hasText: sales.email })).toBeVisible();
  await expect(
    log.getByRole('row').filter({ hasText: 'Role changed' }).filter({ hasText: 'sales → editor' }),
  ).toBeVisible();
});

test('"Forgot password" emails a link that works once and expires', async ({ page }) => {
  const account = createStaff('editor');
  await page.goto('/admin/sign-in');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Email').fill(account.email);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByTestId('reset-sent')).toContainText(account.email);

  const link = await emailedLink(account.email, 'staff_password_reset');
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  const password = `a fresh start ${Date.now()}`;
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('Repeat the new password').fill(password);
  await page.getByRole('button', { name: 'Save password' }).click();
  await expect(page.getByTestId('password-set')).toBeVisible();

  await page.goto(link);
  await expect(page.getByRole('alert').filter({ hasText: 'each link works once' })).toBeVisible();

  await page.goto('/admin/sign-in');
  await signInAs(page, { email: account.email, password });
  await expect(page).toHaveURL(/\/admin$/);

  // A second link, left to expire.
  await page.goto('/admin/password/forgot');
  await page.getByLabel('Email').fill(account.email);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByTestId('reset-sent')).toBeVisible();
  const second = await emailedLink(account.email, 'staff_password_reset', 2);
  expect(second).not.toBe(link);
  await query(
    `UPDATE one_time_links SET created_at = now() - interval '2 hours', expires_at = now() - interval '1 second'
     WHERE used_at IS NULL AND subject = (SELECT id::text FROM admin_users WHERE email = $1)`,
    [account.email],
  );
  await page.goto(second);
  await expect(page.getByRole('alert').filter({ hasText: 'This link has expired' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Get a new link' })).toBeVisible();
});
