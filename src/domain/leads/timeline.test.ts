import { describe, expect, it } from 'vitest';
import { buildTimeline, type TimelineSources } from './timeline';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 9, minute));
const sales = { email: 'sales@xteam.pro' };

const sources: TimelineSources = {
  lead: { id: 'lead-1', kind: 'audit', createdAt: at(0) },
  activities: [
    { type: 'status_changed', data: { from: 'new', to: 'in_progress' }, createdAt: at(5), actor: sales },
    { type: 'assigned', data: { to: 'u1', toEmail: 'sales@xteam.pro' }, createdAt: at(6), actor: sales },
    { type: 'assigned', data: { to: null, toEmail: null }, createdAt: at(7), actor: null },
    { type: 'note', data: { text: 'Wants a pilot in Q1' }, createdAt: at(8), actor: sales },
    { type: 'status_changed', data: { to: 'mystery' }, createdAt: at(9), actor: null },
    { type: 'status_changed', data: null, createdAt: at(10), actor: null },
  ],
  followUps: [
    {
      actionType: 'call',
      notes: 'Ask about SAP',
      outcome: 'Interested',
      scheduledAt: at(30),
      completedAt: at(31),
      createdAt: at(11),
      createdBy: sales,
      completedBy: sales,
    },
    {
      actionType: 'custom_thing',
      notes: null,
      outcome: null,
      scheduledAt: null,
      completedAt: null,
      createdAt: at(12),
      createdBy: null,
      completedBy: null,
    },
  ],
  bookings: [
    { status: 'confirmed', startsAt: at(59), createdAt: at(13), leadId: 'lead-2' },
    { status: 'cancelled', startsAt: at(58), createdAt: at(14), leadId: null },
    { status: 'confirmed', startsAt: at(57), createdAt: at(15), leadId: 'lead-1' },
  ],
  emails: [{ id: 'e1', subject: 'Your audit report', toAddress: 'a@b.com', status: 'kept', createdAt: at(1) }],
};

describe('buildTimeline', () => {
  const timeline = buildTimeline(sources);

  it('lists everything newest first', () => {
    const times = timeline.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(timeline.at(-1)).toMatchObject({ kind: 'created', title: 'Completed the AI audit' });
    expect(timeline[0]).toMatchObject({ kind: 'follow_up_done', title: 'Follow-up done: call', detail: 'Interested' });
  });

  it('describes staff activities', () => {
    const titles = timeline.map((e) => e.title);
    expect(titles).toContain('Status: In progress');
    expect(timeline.find((e) => e.title === 'Status: In progress')?.detail).toBe('was New');
    expect(titles).toContain('Assigned to sales@xteam.pro');
    expect(titles).toContain('Unassigned');
    expect(titles).toContain('Status: mystery');
    expect(titles).toContain('Status: ?');
    expect(timeline.find((e) => e.kind === 'note')).toMatchObject({
      detail: 'Wants a pilot in Q1',
      actor: sales.email,
    });
  });

  it('describes follow-ups, bookings and emails, with links', () => {
    expect(timeline.find((e) => e.title.startsWith('Follow-up scheduled: call'))?.title).toBe(
      'Follow-up scheduled: call for 2026-11-26T09:30:00.000Z',
    );
    expect(timeline.some((e) => e.title === 'Follow-up scheduled: custom thing')).toBe(true);
    const bookings = timeline.filter((e) => e.kind === 'booking');
    // The lead's own booking is not repeated.
    expect(bookings.map((b) => b.href)).toEqual([null, '/admin/leads/lead-2']);
    expect(bookings[0]!.title).toBe('Consultation booked, later cancelled for 2026-11-26T09:58:00.000Z');
    expect(timeline.find((e) => e.kind === 'email')).toMatchObject({
      href: '/admin/outbox/e1',
      detail: 'To a@b.com · kept',
    });
  });

  it('names how other kinds of leads came in', () => {
    const created = (kind: string) =>
      buildTimeline({ ...sources, lead: { ...sources.lead, kind } }).find((e) => e.kind === 'created')!.title;
    expect(created('inquiry')).toBe('Sent the contact form');
    expect(created('booking')).toBe('Booked a consultation');
    expect(created('other')).toBe('New lead');
  });
});
