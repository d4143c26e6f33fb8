// The lead list: one page of the filtered, sorted leads with the total, and their owners.
import 'server-only';
import { bandOf } from '@/domain/leads/priority';
import type { Db } from '@/server/db/client';
import { Prisma } from '@/server/db/generated/client';
import { countQuery, pageQuery, type LeadRow } from './query';
import type { LeadListInput } from './schema';

export interface LeadListItem extends LeadRow {
  band: ReturnType<typeof bandOf>;
  owner: { id: string; email: string } | null;
}

export interface LeadList {
  items: LeadListItem[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export async function ownersOf(db: Db, rows: ReadonlyArray<{ assignedToId: string | null }>) {
  const ids = [...new Set(rows.map((row) => row.assignedToId).filter((id): id is string => Boolean(id)))];
  if (!ids.length) return new Map<string, { id: string; email: string }>();
  const users = await db.adminUser.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } });
  return new Map(users.map((user) => [user.id, user]));
}

export async function listLeads(db: Db, input: LeadListInput): Promise<LeadList> {
  const { filters, order, page, pageSize } = input;
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<LeadRow[]>(pageQuery(filters, order, pageSize, (page - 1) * pageSize)),
    db.$queryRaw<Array<{ total: number }>>(countQuery(filters)),
  ]);
  const owners = await ownersOf(db, rows);
  const total = count?.total ?? 0;
  return {
    items: rows.map((row) => ({
      ...row,
      band: bandOf(row.priority),
      owner: row.assignedToId ? (owners.get(row.assignedToId) ?? null) : null,
    })),
    total,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

/** The distinct values of an indexed column, by a loose index scan (one index probe per value). */
function distinctOf(db: Db, column: 'industry' | 'source') {
  const col = Prisma.raw(column);
  return db.$queryRaw<Array<{ value: string }>>`
    WITH RECURSIVE walk AS (
      (SELECT ${col} AS value FROM leads WHERE ${col} IS NOT NULL ORDER BY ${col} LIMIT 1)
      UNION ALL
      SELECT (SELECT ${col} FROM leads WHERE ${col} > walk.value ORDER BY ${col} LIMIT 1) FROM walk
      WHERE walk.value IS NOT NULL
    )
    SELECT value FROM walk WHERE value IS NOT NULL`;
}

/** The values the filters offer: the industries and sources present. */
export async function leadFilterOptions(db: Db) {
  const [industries, sources] = await Promise.all([distinctOf(db, 'industry'), distinctOf(db, 'source')]);
  return { industries: industries.map((r) => r.value), sources: sources.map((r) => r.value) };
}
