// The PDF report of a real audit: rendered by the worker, downloaded over HTTP, checked with
// poppler (pdftotext, pdfinfo, pdftoppm); its emails in the outbox.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCredentials, signIn, trpc, uniqueEmail, url } from '../support/app';
import { pollResultsPage, postAudit, seedExampleRequest } from '../support/audit';
import { createBoss } from '@/server/jobs/boss';
import { QUEUES } from '@/server/jobs/queues';
import { waitFor } from '../support/wait';

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

async function submitAudit(company = 'TechCorp Inc') {
  const email = uniqueEmail('report');
  const { response, body } = await postAudit({ ...seedExampleRequest, contactInfo: { email, company } });
  expect(response.status).toBe(201);
  return { ...body, email } as {
    auditId: string;
    maturityScore: number;
    tier: string;
    reportUrl: string;
    recommendations: Array<{ title: string }>;
    email: string;
  };
}

/** The route waits for a rendering itself; under heavy load it may still answer 503 first. */
async function download(reportUrl: string) {
  return waitFor(
    async () => {
      const response = await fetch(reportUrl);
      if (response.status === 503) {
        expect(response.headers.get('retry-after')).toBe('5');
        return null;
      }
      return response;
    },
    { timeoutMs: 60_000, what: 'the report download' },
  );
}

describe('PDF report', () => {
  it('is rendered for a submitted audit and downloads as an attachment', async () => {
    const audit = await submitAudit('Nordwerk & Söhne GmbH');
    expect(audit.reportUrl).toBe(url(`/api/audit/results/${audit.auditId}/report`));
    const results = await (await fetch(url(`/api/audit/results/${audit.auditId}`))).json();
    expect(results.pdfUrl).toBe(audit.reportUrl);

    const response = await download(audit.reportUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(
      /^attachment; filename="XTeam\.Pro AI audit - Nordwerk & S_hne GmbH - \d{4}-\d{2}-\d{2}\.pdf"/,
    );
    expect(disposition).toContain("filename*=UTF-8''XTeam.Pro%20AI%20audit%20-%20Nordwerk%20%26%20S%C3%B6hne");
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const dir = mkdtempSync(path.join(tmpdir(), 'report-it-'));
    const file = path.join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Nordwerk & Söhne GmbH');
    expect(text).toContain(`${audit.maturityScore}/100`);
    expect(text).toContain(audit.tier);
    expect(audit.recommendations.length).toBeGreaterThan(0);
    for (const { title } of audit.recommendations) expect(text).toContain(title);

    const { rows } = await client.query(
      `SELECT p.* FROM pdf_reports p JOIN audit_results r ON r.id = p.audit_result_id WHERE r.audit_id = $1`,
      [audit.auditId],
    );
    const row = rows[0];
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(row.page_count).toBe(pages);
    expect(text).toContain(`Page 2 of ${pages}`);
    expect(row.byte_size).toBe(pdf.length);
    expect(row.file_path).toBe(`reports/${audit.auditId}.pdf`);
    expect(row.download_url).toBe(audit.reportUrl);
    expect(row.is_downloaded).toBe(true);
    expect(row.downloaded_at).toBeInstanceOf(Date);

    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '50', '-png', file, path.join(dir, 'page')]);
    expect(statSync(path.join(dir, 'page-1.png')).size).toBeGreaterThan(5_000);
  }, 90_000);

  it('emails the report to the audit taker and notifies sales, through the outbox', async () => {
    const audit = await submitAudit();
    const messages = await waitFor(
      async () => {
        // The audit taker has the results page open.
        await pollResultsPage(audit.auditId);
        const { rows } = await client.query(
          `SELECT * FROM email_messages WHERE audit_id = $1 AND status <> 'queued' ORDER BY kind`,
          [audit.auditId],
        );
        return rows.length === 2 ? rows : null;
      },
      { timeoutMs: 60_000, what: 'two delivered emails' },
    );
    const [report, lead] = messages;
    expect(report.kind).toBe('audit_report');
    expect(report.to_address).toBe(audit.email);
    expect(report.status).toBe('kept');
    expect(report.transport).toBe('outbox');
    expect(report.subject).toBe(`Your AI process audit: ${audit.maturityScore}/100 (${audit.tier})`);
    expect(report.text).toContain(url(`/audit/results/${audit.auditId}`));
    expect(report.html).toContain(`href="${url(`/audit/results/${audit.auditId}`)}"`);
    expect(report.attachments).toEqual([
      expect.objectContaining({ contentType: 'application/pdf', storageKey: `reports/${audit.auditId}.pdf` }),
    ]);
    expect(lead.kind).toBe('lead_notification');
    expect(lead.to_address).toBe('sales@xteam.pro');
    expect(lead.status).toBe('kept');
    expect(lead.text).toContain(audit.email);
    expect(lead.text).toContain(`${audit.maturityScore}/100 (${audit.tier})`);

    // Admins read the outbox; nobody else does.
    expect((await trpc('query', 'outbox.list', { page: 1 })).status).toBe(401);
    const { email, password } = adminCredentials();
    const cookie = await signIn(email, password);
    const list = await trpc('query', 'outbox.list', { status: 'kept', page: 1 }, cookie!);
    expect(list.status).toBe(200);
    const ids = list.body.result.data.json.messages.map((m: { id: string }) => m.id);
    expect(ids).toEqual(expect.arrayContaining([report.id, lead.id]));
    const one = await trpc('query', 'outbox.get', { id: report.id }, cookie!);
    expect(one.body.result.data.json).toMatchObject({
      subject: report.subject,
      attachments: [{ contentType: 'application/pdf' }],
    });
    const page = await fetch(url(`/admin/outbox/${report.id}`), { headers: { cookie: cookie! } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('As the recipient sees it');
  }, 90_000);

  it('moves the render of a report someone waits for on the results page to the front', async () => {
    const audit = await submitAudit();
    const reportState = () => pollResultsPage(audit.auditId);
    await waitFor(async () => ((await reportState()).status === 'ready' ? true : null), {
      timeoutMs: 60_000,
      what: 'the first rendering',
    });
    // A render the page's polls asked for while the first one ran is skipped by the worker
    // (the PDF is current); wait until none waits, so the held one below is the only one.
    await waitFor(
      async () =>
        (
          await client.query(
            `SELECT 1 FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state IN ('created', 'retry', 'active')`,
            [QUEUES.renderReport, audit.auditId],
          )
        ).rowCount === 0,
      { timeoutMs: 60_000, what: 'no render of the audit left in the queue' },
    );
    // The report goes missing while a render for it waits in the queue (held an hour, so no
    // worker takes it here) at the normal priority, as one queued for an email would.
    await client.query(
      `DELETE FROM pdf_reports WHERE audit_result_id = (SELECT id FROM audit_results WHERE audit_id = $1)`,
      [audit.auditId],
    );
    // Through pg-boss, so the queue's policy (one waiting render per audit) applies to it.
    const boss = createBoss(process.env.DATABASE_URL!, 'producer');
    await boss.start();
    const heldId = await boss.send(
      QUEUES.renderReport,
      { auditId: audit.auditId },
      { singletonKey: audit.auditId, startAfter: 3600 },
    );
    try {
      expect(heldId).toBeTruthy();
      expect(await reportState()).toEqual({ status: 'preparing' });
      const { rows } = await client.query<{ id: string; priority: number }>(
        `SELECT id, priority FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state = 'created'`,
        [QUEUES.renderReport, audit.auditId],
      );
      // Still the one held render (no second one queued), now ahead of the normal ones.
      expect(rows).toEqual([{ id: heldId, priority: expect.any(Number) }]);
      expect(rows[0]!.priority).toBeGreaterThan(0);
    } finally {
      await client.query(`DELETE FROM pgboss.job WHERE id = $1`, [heldId]);
      await boss.stop({ graceful: false, wait: true }).catch(() => {});
    }
  }, 90_000);

  it('answers unknown and malformed ids in the seed error format', async () => {
    const unknown = await fetch(url('/api/audit/results/00000000-0000-4000-8000-000000000000/report'));
    expect(unknown.status).toBe(404);
    const body = await unknown.json();
    expect(body.error).toMatchObject({ code: 'NOT_FOUND', message: expect.any(String), timestamp: expect.any(String) });
    const malformed = await fetch(url('/api/audit/results/not-a-uuid/report'));
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe('VALIDATION_ERROR');
  });
});
