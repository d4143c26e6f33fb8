// A lead's story in one list, newest first: how it came in, what staff did (status, owner,
// notes), follow-ups scheduled and done, consultations booked and emails sent.

export type TimelineKind =
  'created' | 'status_changed' | 'assigned' | 'note' | 'follow_up_scheduled' | 'follow_up_done' | 'booking' | 'email';

export interface TimelineEntry {
  at: Date;
  kind: TimelineKind;
  title: string;
  detail: string | null;
  actor: string | null;
  /** A staff page with more (an email in the outbox, another lead). */
  href: string | null;
}

export interface TimelineSources {
  lead: { id: string; kind: string; createdAt: Date };
  activities: ReadonlyArray<{ type: string; data: unknown; createdAt: Date; actor: { email: string } | null }>;
  followUps: ReadonlyArray<{
    actionType: string;
    notes: string | null;
    outcome: string | null;
    scheduledAt: Date | null;
    completedAt: Date | null;
    createdAt: Date;
    createdBy: { email: string } | null;
    completedBy: { email: string } | null;
  }>;
  bookings: ReadonlyArray<{ status: string; startsAt: Date; createdAt: Date; leadId: string | null }>;
  emails: ReadonlyArray<{ id: string; subject: string; toAddress: string; status: string; createdAt: Date }>;
}

const STATUS: Record<string, string> = {
  new: 'New',
  in_progress: 'In progress',
  resolved: 'Resolved',
  closed: 'Closed',
};
const CREATED: Record<string, string> = {
  audit: 'Completed the AI audit',
  inquiry: 'Sent the contact form',
  booking: 'Booked a consultation',
};
const ACTION: Record<string, string> = {
  call: 'call',
  email: 'email',
  send_proposal: 'proposal',
  meeting: 'meeting',
  consultation: 'consultation',
};

const field = (data: unknown, key: string): string | null => {
  const value = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : null;
};
/** Instants stay ISO in the titles; the staff pages write them in the reader's zone (StaffText). */
const iso = (date: Date) => date.toISOString();

function activityEntry(activity: TimelineSources['activities'][number]): TimelineEntry {
  const base = { at: activity.createdAt, actor: activity.actor?.email ?? null, href: null };
  if (activity.type === 'status_changed') {
    const from = field(activity.data, 'from');
    const to = field(activity.data, 'to');
    return {
      ...base,
      kind: 'status_changed',
      title: `Status: ${STATUS[to ?? ''] ?? to ?? '?'}`,
      detail: from ? `was ${STATUS[from] ?? from}` : null,
    };
  }
  if (activity.type === 'assigned') {
    const to = field(activity.data, 'toEmail');
    return { ...base, kind: 'assigned', title: to ? `Assigned to ${to}` : 'Unassigned', detail: null };
  }
  return { ...base, kind: 'note', title: 'Note', detail: field(activity.data, 'text') };
}

export function buildTimeline(sources: TimelineSources): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    {
      at: sources.lead.createdAt,
      kind: 'created',
      title: CREATED[sources.lead.kind] ?? 'New lead',
      detail: null,
      actor: null,
      href: null,
    },
    ...sources.activities.map(activityEntry),
  ];
  for (const f of sources.followUps) {
    const action = ACTION[f.actionType] ?? f.actionType.replace(/_/g, ' ');
    entries.push({
      at: f.createdAt,
      kind: 'follow_up_scheduled',
      title: `Follow-up scheduled: ${action}${f.scheduledAt ? ` for ${iso(f.scheduledAt)}` : ''}`,
      detail: f.notes,
      actor: f.createdBy?.email ?? null,
      href: null,
    });
    if (f.completedAt) {
      entries.push({
        at: f.completedAt,
        kind: 'follow_up_done',
        title: `Follow-up done: ${action}`,
        detail: f.outcome,
        actor: f.completedBy?.email ?? null,
        href: null,
      });
    }
  }
  // A booking lead's own booking is its 'created' entry.
  for (const b of sources.bookings.filter((booking) => booking.leadId !== sources.lead.id)) {
    entries.push({
      at: b.createdAt,
      kind: 'booking',
      title: `Consultation ${b.status === 'cancelled' ? 'booked, later cancelled' : 'booked'} for ${iso(b.startsAt)}`,
      detail: null,
      actor: null,
      href: b.leadId ? `/admin/leads/${b.leadId}` : null,
    });
  }
  for (const e of sources.emails) {
    entries.push({
      at: e.createdAt,
      kind: 'email',
      title: `Email: ${e.subject}`,
      detail: `To ${e.toAddress} · ${e.status}`,
      actor: null,
      href: `/admin/outbox/${e.id}`,
    });
  }
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime());
}
