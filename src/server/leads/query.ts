// The one SQL builder of the lead list, used by the page (a page + a count) and the CSV export
// (every row, through a cursor). Filters, search and sort touch only the leads table, on
// expressions its indexes cover (see the migration 20261126010000_leads_analytics_sessions).
import 'server-only';
import { Prisma } from '@/server/db/generated/client';
import type { LeadFilters, LeadOrder } from './schema';

/** A row of the list and of the export. */
export interface LeadRow {
  id: string;
  kind: 'audit' | 'inquiry' | 'booking';
  name: string;
  email: string;
  company: string | null;
  industry: string | null;
  companySize: string | null;
  maturityScore: number | null;
  roiAnnualValue: number | null;
  status: string;
  priority: number;
  source: string;
  campaign: string | null;
  assignedToId: string | null;
  createdAt: Date;
}

export const LEAD_COLUMNS = Prisma.sql`id, kind, name, email, company, industry,
  company_size AS "companySize", maturity_score AS "maturityScore", roi_annual_value AS "roiAnnualValue",
  status, priority, source, campaign, assigned_to_id AS "assignedToId", created_at AS "createdAt"`;

/** The exact expression of the trigram index idx_leads_search: keep them identical. */
const SEARCH_EXPRESSION = Prisma.sql`lower(name || ' ' || email || ' ' || coalesce(company, ''))`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const startOfDay = (day: string) => new Date(`${day}T00:00:00.000Z`);
const endOfDay = (day: string) => new Date(startOfDay(day).getTime() + 86_400_000);

/** WHERE of the filters (dates are UTC days, both ends inclusive). */
export function whereOf(filters: LeadFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filters.q) conditions.push(Prisma.sql`${SEARCH_EXPRESSION} ILIKE ${`%${escapeLike(filters.q)}%`}`);
  if (filters.status) conditions.push(Prisma.sql`status = ${filters.status}`);
  if (filters.kind) conditions.push(Prisma.sql`kind = ${filters.kind}`);
  if (filters.industry) conditions.push(Prisma.sql`industry = ${filters.industry}`);
  if (filters.source) conditions.push(Prisma.sql`source = ${filters.source}`);
  if (filters.assignee === 'unassigned') conditions.push(Prisma.sql`assigned_to_id IS NULL`);
  else if (filters.assignee) conditions.push(Prisma.sql`assigned_to_id = ${filters.assignee}::uuid`);
  if (filters.scoreMin !== undefined) conditions.push(Prisma.sql`maturity_score >= ${filters.scoreMin}`);
  if (filters.scoreMax !== undefined) conditions.push(Prisma.sql`maturity_score <= ${filters.scoreMax}`);
  if (filters.from) conditions.push(Prisma.sql`created_at >= ${startOfDay(filters.from)}`);
  if (filters.to) conditions.push(Prisma.sql`created_at < ${endOfDay(filters.to)}`);
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

/**
 * ORDER BY with a unique tie-breaker (id), so pages never overlap or skip rows. Directions
 * follow the indexes: created_at DESC, (priority DESC, created_at DESC), maturity_score (nulls
 * last ascending, first descending, as its btree index returns them).
 */
export function orderOf(order: LeadOrder): Prisma.Sql {
  const dir = order.dir === 'asc' ? Prisma.raw('ASC') : Prisma.raw('DESC');
  switch (order.sort) {
    case 'priority':
      return Prisma.sql`ORDER BY priority ${dir}, created_at ${dir}, id ${dir}`;
    case 'maturity_score':
      return Prisma.sql`ORDER BY maturity_score ${dir}, created_at ${dir}, id ${dir}`;
    case 'name':
      return Prisma.sql`ORDER BY name ${dir}, id ${dir}`;
    default:
      return Prisma.sql`ORDER BY created_at ${dir}, id ${dir}`;
  }
}

export function pageQuery(filters: LeadFilters, order: LeadOrder, limit: number, offset: number): Prisma.Sql {
  return Prisma.sql`SELECT ${LEAD_COLUMNS} FROM leads ${whereOf(filters)} ${orderOf(order)} LIMIT ${limit} OFFSET ${offset}`;
}

export function countQuery(filters: LeadFilters): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS total FROM leads ${whereOf(filters)}`;
}

export function exportQuery(filters: LeadFilters, order: LeadOrder): Prisma.Sql {
  return Prisma.sql`SELECT ${LEAD_COLUMNS} FROM leads ${whereOf(filters)} ${orderOf(order)}`;
}
