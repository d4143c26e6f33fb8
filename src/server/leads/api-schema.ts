// The query of GET /api/v1/leads: the list page's filters (one schema, so the API filters
// exactly as staff do) plus incremental sync: updated_since, an opaque cursor and a page size.
import { z } from 'zod';
import { leadFilters } from './schema';

export const API_LEADS_MAX_LIMIT = 200;

export const apiLeadsQuery = leadFilters.safeExtend({
  updated_since: z.iso
    .datetime({ offset: true, error: 'Use an ISO 8601 time such as 2026-11-30T00:00:00Z' })
    .optional(),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, 'Use the nextCursor of the previous page')
    .optional(),
  limit: z.coerce.number().int().min(1).max(API_LEADS_MAX_LIMIT).default(50),
});
export type ApiLeadsQuery = z.infer<typeof apiLeadsQuery>;

/** Query-string keys of the API, read as single strings. */
export function apiLeadsQueryOf(params: URLSearchParams): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) if (value.trim() !== '') raw[key] = value;
  return raw;
}
