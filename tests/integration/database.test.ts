// The seed's constraints and indexes (section 6.2) hold in the migrated database, and
// Payload keeps to its own schema.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

async function insertAudit(status = 'pending'): Promise<string> {
  const { rows } = await client.query(
    `INSERT INTO audits (industry, company_size, pain_points, current_systems, kpis, contact_info, status)
     VALUES ('manufacturing', '100-500', '[]', '[]', '[]', '{"email":"t@example.com"}', $1) RETURNING id`,
    [status],
  );
  return rows[0].id as string;
}

describe('seed constraints', () => {
  it('audits.status accepts the seed lifecycle and draft only', async () => {
    for (const status of ['draft', 'pending', 'processing', 'completed', 'failed']) await insertAudit(status);
    await expect(insertAudit('archived')).rejects.toThrow(/audits_status_check/);
  });

  it('audits default to pending with a generated uuid and timestamp', async () => {
    const { rows } = await client.query(
      `INSERT INTO audits (industry, company_size, pain_points, current_systems, kpis, contact_info)
       VALUES ('retail', '1-10', '[]', '[]', '[]', '{}') RETURNING id, status, created_at`,
    );
    expect(rows[0].status).toBe('pending');
    expect(rows[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(rows[0].created_at).toBeInstanceOf(Date);
  });

  it('audit_results.maturity_score stays within 0-100, one result per audit', async () => {
    const insertResult = (auditId: string, score: number) =>
      client.query(
        `INSERT INTO audit_results (audit_id, maturity_score, tier, dimension_scores, roi_forecast, recommendations, visual_data)
         VALUES ($1, $2, 'Initial', '[]', '{}', '[]', '{}')`,
        [auditId, score],
      );
    await expect(insertResult(await insertAudit(), 101)).rejects.toThrow(/maturity_score_check/);
    await expect(insertResult(await insertAudit(), -1)).rejects.toThrow(/maturity_score_check/);
    const auditId = await insertAudit();
    await insertResult(auditId, 100);
    await expect(insertResult(auditId, 50)).rejects.toThrow(/idx_audit_results_audit_id/);
  });

  it('contact_inquiries.status accepts the pipeline states only', async () => {
    const insert = (status: string) =>
      client.query(
        `INSERT INTO contact_inquiries (name, email, inquiry_type, message, status) VALUES ('A', 'a@b.co', 'general', 'Hi', $1)`,
        [status],
      );
    for (const status of ['new', 'in_progress', 'resolved', 'closed']) await insert(status);
    await expect(insert('spam')).rejects.toThrow(/contact_inquiries_status_check/);
  });

  it('deleting an audit removes its responses and result', async () => {
    const auditId = await insertAudit();
    await client.query(
      `INSERT INTO audit_responses (audit_id, question, answer, step_number) VALUES ($1, 'industry', 'retail', 1)`,
      [auditId],
    );
    await client.query(`DELETE FROM audits WHERE id = $1`, [auditId]);
    const { rowCount } = await client.query(`SELECT 1 FROM audit_responses WHERE audit_id = $1`, [auditId]);
    expect(rowCount).toBe(0);
  });

  it('staff roles are admin or editor', async () => {
    await expect(
      client.query(
        `INSERT INTO admin_users (username, email, password_hash, role, updated_at) VALUES ('x', 'x@y.z', 'h', 'root', now())`,
      ),
    ).rejects.toThrow(/admin_users_role_check/);
  });
});

describe('seed indexes', () => {
  it('exist with the names of section 6.2', async () => {
    const { rows } = await client.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public'`);
    const names = rows.map((row) => row.indexname as string);
    for (const name of [
      'idx_audits_industry',
      'idx_audits_status',
      'idx_audits_created_at',
      'idx_audit_results_audit_id',
      'idx_contact_inquiries_status',
      'idx_contact_inquiries_created_at',
    ]) {
      expect(names).toContain(name);
    }
  });
});

describe('schemas', () => {
  it('keeps Payload in schema payload and Prisma in public', async () => {
    const { rows } = await client.query(
      `SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema IN ('public', 'payload')`,
    );
    const bySchema = (schema: string) =>
      rows.filter((row) => row.table_schema === schema).map((row) => row.table_name as string);
    expect(bySchema('payload')).toEqual(expect.arrayContaining(['users', 'payload_migrations']));
    expect(bySchema('public')).toEqual(expect.arrayContaining(['audits', 'admin_users', '_prisma_migrations']));
    expect(bySchema('public').some((name) => name.startsWith('payload'))).toBe(false);
  });
});
