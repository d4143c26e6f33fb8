// Inputs of lead management, shared by the list page (query string), tRPC and the CSV export:
// one filter schema, so the export is exactly the filtered list.
import { z } from 'zod';
import { textString } from '@/lib/text';

export const LEAD_STATUSES = ['new', 'in_progress', 'resolved', 'closed'] as const;
export const LEAD_KINDS = ['audit', 'inquiry', 'booking'] as const;
export const LEAD_SORTS = ['created_at', 'priority', 'maturity_score', 'name'] as const;
export const FOLLOW_UP_ACTIONS = ['call', 'email', 'send_proposal', 'meeting', 'consultation'] as const;
export const LEAD_PAGE_SIZE = 25;
/** Trigram search needs three characters to use its index (and to mean something). */
export const SEARCH_MIN = 3;

export type LeadStatus = (typeof LEAD_STATUSES)[number];
export type LeadKind = (typeof LEAD_KINDS)[number];
export type LeadSort = (typeof LEAD_SORTS)[number];

export const STATUS_LABELS: Record<LeadStatus, string> = {
  new: 'New',
  in_progress: 'In progress',
  resolved: 'Resolved',
  closed: 'Closed',
};
export const KIND_LABELS: Record<LeadKind, string> = { audit: 'Audit', inquiry: 'Inquiry', booking: 'Booking' };
export const SORT_LABELS: Record<LeadSort, string> = {
  created_at: 'Date',
  priority: 'Priority',
  maturity_score: 'Score',
  name: 'Name',
};
export const FOLLOW_UP_LABELS: Record<(typeof FOLLOW_UP_ACTIONS)[number], string> = {
  call: 'Call',
  email: 'Email',
  send_proposal: 'Send a proposal',
  meeting: 'Meeting',
  consultation: 'Consultation',
};

const score = z.coerce.number('Enter a score from 0 to 100').int('Whole numbers only').min(0).max(100);
const day = z.iso.date('Use a date such as 2026-11-26');

export const leadFilters = z
  .object({
    q: textString()
      .trim()
      .min(SEARCH_MIN, `Search needs at least ${SEARCH_MIN} characters`)
      .max(100, 'At most 100 characters'),
    status: z.enum(LEAD_STATUSES, 'Unknown status'),
    kind: z.enum(LEAD_KINDS, 'Unknown kind'),
    industry: textString().trim().min(1).max(100),
    source: textString().trim().toLowerCase().min(1).max(200),
    assignee: z.union([z.uuid(), z.literal('unassigned')], 'Unknown owner'),
    scoreMin: score,
    scoreMax: score,
    from: day,
    to: day,
  })
  .partial()
  .refine((f) => f.scoreMin === undefined || f.scoreMax === undefined || f.scoreMin <= f.scoreMax, {
    message: 'The lowest score must not be above the highest',
    path: ['scoreMin'],
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: 'The start must not be after the end',
    path: ['from'],
  });
export type LeadFilters = z.infer<typeof leadFilters>;

export const leadOrder = z.object({
  sort: z.enum(LEAD_SORTS, 'Unknown sort').default('created_at'),
  dir: z.enum(['asc', 'desc'], 'Use asc or desc').default('desc'),
});
export type LeadOrder = z.infer<typeof leadOrder>;

export const leadListInput = z.object({
  filters: leadFilters.default({}),
  order: leadOrder.default({ sort: 'created_at', dir: 'desc' }),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(LEAD_PAGE_SIZE),
});
export type LeadListInput = z.infer<typeof leadListInput>;

/** The query-string keys of the list page and the export (filters, sort, dir, page). */
export const FILTER_KEYS = [
  'q',
  'status',
  'kind',
  'industry',
  'source',
  'assignee',
  'scoreMin',
  'scoreMax',
  'from',
  'to',
] as const;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: Params, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() ? first : undefined;
}

/** The raw list request of a query string: empty fields are absent. */
export function listRequestOf(params: Params) {
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = read(params, key);
    if (value !== undefined) filters[key] = value;
  }
  return { filters, order: { sort: read(params, 'sort'), dir: read(params, 'dir') }, page: read(params, 'page') };
}

export interface ParsedListQuery {
  input: LeadListInput;
  /** Field -> message for the filters that were ignored because they were invalid. */
  errors: Record<string, string>;
}

/**
 * The list page's reading of a query string: invalid fields are reported and left out, so a
 * mistyped score still shows the list (the CSV export refuses them instead, see strict parse).
 */
export function parseListQuery(params: Params): ParsedListQuery {
  const raw = listRequestOf(params);
  const errors: Record<string, string> = {};
  const filters: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw.filters)) {
    const single = leadFilters.safeParse({ [key]: value });
    if (single.success) filters[key] = (single.data as Record<string, unknown>)[key];
    else errors[key] = single.error.issues[0]!.message;
  }
  const combined = leadFilters.safeParse(filters);
  if (!combined.success) {
    for (const issue of combined.error.issues) {
      const key = String(issue.path[0]);
      errors[key] = issue.message;
      delete filters[key];
    }
  }
  const order = leadOrder.safeParse(raw.order);
  const page = z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .safeParse(raw.page ?? 1);
  return {
    input: leadListInput.parse({
      filters,
      order: order.success ? order.data : undefined,
      page: page.success ? page.data : 1,
    }),
    errors,
  };
}

/** The query string of a list request (for links that keep the filters: sort, pages, export). */
export function queryStringOf(filters: LeadFilters, extra: Record<string, string | number | undefined> = {}) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) params.set(key, String(value));
  return params.toString();
}

export const leadIdInput = z.object({ id: z.uuid('Unknown lead') });
export const setStatusInput = z.object({ id: z.uuid('Unknown lead'), status: z.enum(LEAD_STATUSES, 'Unknown status') });
export const assignInput = z.object({ id: z.uuid('Unknown lead'), userId: z.uuid('Unknown staff member').nullable() });
const noteText = textString().trim().min(1, 'Write a note first').max(5000, 'At most 5,000 characters');
export const addNoteInput = z.object({ id: z.uuid('Unknown lead'), text: noteText });

export const scheduleFollowUpInput = z.object({
  leadId: z.uuid('Unknown lead'),
  actionType: z.enum(FOLLOW_UP_ACTIONS, 'Choose an action'),
  scheduledAt: z.coerce.date('Choose a date and time'),
  notes: textString().trim().max(2000, 'At most 2,000 characters').optional(),
});
export const completeFollowUpInput = z.object({
  id: z.uuid('Unknown follow-up'),
  outcome: textString().trim().max(2000, 'At most 2,000 characters').optional(),
});
export const annotateFollowUpInput = z.object({ id: z.uuid('Unknown follow-up'), notes: noteText });
