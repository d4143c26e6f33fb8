// Sales starts the day on the lead list: finds a lead, moves it along the pipeline, schedules
// and completes a follow-up, and downloads the filtered list as CSV.
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { adminAccount, signInAs } from './fixtures/staff';

test('a lead: status change, a follow-up, and the CSV download', async ({ page, request }) => {
  const token = `e2e${randomBytes(4).toString('hex')}`;
  const email = `${token}@example.com`;
  const sent = await request.post('/api/contact/submit', {
    headers: { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250) + 1}` },
    data: {
      name: `Lena Fischer ${token}`,
      email,
      company: `Fischer Logistik ${token}`,
      message: 'We would like to automate our delivery-note capture. Can we talk?',
      inquiryType: 'project',
      utm: { source: 'newsletter', campaign: 'december' },
    },
  });
  expect(sent.status()).toBe(201);

  await page.goto(`/admin/leads?q=${token}`);
  await signInAs(page, adminAccount());
  await expect(page).toHaveURL(new RegExp(`/admin/leads\\?q=${token}`));
  await expect(page.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible();
  await expect(page.getByText('1 lead matches these filters.')).toBeVisible();
  const table = page.getByTestId('lead-table');
  await expect(table.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'descending');
  await table.getByRole('link', { name: `Lena Fischer ${token}` }).click();

  await expect(page.getByRole('heading', { name: `Lena Fischer ${token}`, level: 1 })).toBeVisible();
  await expect(page.getByText('newsletter · december')).toBeVisible();
  const status = page.getByRole('group', { name: 'Status' });
  await expect(status.getByRole('button', { name: 'New' })).toHaveAttribute('aria-pressed', 'true');
  await status.getByRole('button', { name: 'In progress' }).click();
  await expect(page.getByText('Status saved.')).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'In progress' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('timeline')).toContainText('Status: In progress');

  const scheduler = page.getByRole('form', { name: 'Schedule a follow-up' });
  await scheduler.getByLabel('Action').selectOption('send_proposal');
  await scheduler.getByLabel('Notes').fill(`Proposal for ${token}`);
  await scheduler.getByRole('button', { name: 'Schedule follow-up' }).click();
  const followUps = page.getByTestId('lead-follow-ups');
  const item = followUps.getByRole('listitem').filter({ hasText: `Proposal for ${token}` });
  await expect(item).toContainText('Send a proposal');
  await expect(item).toContainText('Open');
  await item.getByRole('button', { name: 'Complete…' }).click();
  await item.getByLabel('Outcome (optional)').fill('Sent, call on Friday');
  await item.getByRole('button', { name: 'Mark done' }).click();
  await expect(item).toContainText('Outcome: Sent, call on Friday');
  await expect(item).toContainText('Done');
  await expect(page.getByTestId('timeline')).toContainText('Follow-up done: proposal');

  await page.getByRole('link', { name: '← All leads' }).click();
  await expect(page).toHaveURL(/\/admin\/leads$/);
  const filters = page.getByRole('search', { name: 'Filter leads' });
  await filters.getByLabel('Search name, email or company').fill(token);
  // The filters other than search fold away until used.
  await filters.getByText('Filters', { exact: true }).click();
  await filters.getByLabel('Status').selectOption('in_progress');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/status=in_progress/);
  await expect(page.getByText('1 lead matches these filters.')).toBeVisible();
  await expect(page.getByTestId('lead-table').getByRole('link', { name: `Lena Fischer ${token}` })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`leads-${new Date().toISOString().slice(0, 10)}.csv`);
  const [header, ...rows] = parse(await readFile((await download.path())!), { bom: true }) as string[][];
  expect(header).toEqual(expect.arrayContaining(['id', 'kind', 'name', 'email', 'status', 'source', 'owner']));
  expect(rows).toHaveLength(1);
  const row = Object.fromEntries(header!.map((column, index) => [column, rows[0]![index]]));
  expect(row).toMatchObject({
    kind: 'inquiry',
    name: `Lena Fischer ${token}`,
    email,
    status: 'in_progress',
    source: 'newsletter',
    campaign: 'december',
  });
});
