// Leads for integrators (GET /api/v1/leads): the list's filters, oldest change first, with a
// keyset cursor on (updated_at, id) so a CRM can sync incrementally without gaps or repeats.
import 'server-only';
import type { Db } from '@/server/db/client';
import { Prisma } from '@/server/db/generated/client';
import { AppError } from '@/server/errors';
import type { ApiLeadsQuery } from './api-schema';
import type { LeadKind, LeadStatus } from './schema';
import { whereOf } from './query';

interface ApiLeadRow {
  id: string;
  kind: LeadKind;
  name: string;
  email: string;
  company: string | null;
  industry: string | null;
  companySize: string | null;
  maturityScore: number | null;
  roiAnnualValue: number | null;
  status: LeadStatus;
  priority: number;
  source: string;
  campaign: string | null;
  auditId: string | null;
  inquiryId: string | null;
  bookingId: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** updated_at with microseconds, for the cursor (a JS Date keeps only milliseconds). */
  cursorAt: string;
}

function encodeCursor(at: string, id: string): string {
  return Buffer.from(`${at}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const valid = at && id && !Number.isNaN(Date.parse(at)) && /^[0-9a-f-]{36}$/.test(id);
  if (!valid)
    throw new AppError('VALIDATION_ERROR', 'Invalid input data', { field: 'cursor', reason: 'Unknown cursor' });
  return { at, id };
}

export async function listLeadsForApi(db: Db, query: ApiLeadsQuery) {
  const { updated_since, cursor, limit, ...filters } = query;
  const where = whereOf(filters);
  const extra: Prisma.Sql[] = [];
  if (updated_since) extra.push(Prisma.sql`updated_at >= ${new Date(updated_since)}`);
  if (cursor) {
    const after = decodeCursor(cursor);
    extra.push(Prisma.sql`(updated_at, id) > (${after.at}::timestamptz, ${after.id}::uuid)`);
  }
  const conditions =
    extra.length === 0
      ? where
      : where === Prisma.empty
        ? Prisma.sql`WHERE ${Prisma.join(extra, ' AND ')}`
        : Prisma.sql`${where} AND ${Prisma.join(extra, ' AND ')}`;
  const rows = await db.$queryRaw<ApiLeadRow[]>`
    SELECT id, kind, name, email, company, industry, company_size AS "companySize",
      maturity_score AS "maturityScore", roi_annual_value AS "roiAnnualValue", status, priority,
      source, campaign, audit_id AS "auditId", inquiry_id AS "inquiryId", booking_id AS "bookingId",
      created_at AS "createdAt", updated_at AS "updatedAt",
      to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"
    FROM leads ${conditions}
    ORDER BY updated_at ASC, id ASC
    LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    data: page.map(({ cursorAt: _cursor, createdAt, updatedAt, ...lead }) => ({
      ...lead,
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
    })),
    nextCursor: rows.length > limit && last ? encodeCursor(last.cursorAt, last.id) : null,
  };
}
