import { describe, expect, it } from 'vitest';
import { buildInvitation, escapeText, foldLine, icsDate } from './ics';

const base = {
  uid: 'b1c2@xteam.pro',
  sequence: 0,
  method: 'REQUEST' as const,
  start: new Date('2027-03-02T08:00:00Z'),
  end: new Date('2027-03-02T08:30:00Z'),
  summary: 'Consultation: XTeam.Pro, Acme; Ltd',
  description: 'Agenda:\nyour audit, next steps',
  location: 'Video call',
  url: 'https://xteam.pro/consultation/manage/abc',
  organizer: { name: 'XTeam.Pro', email: 'sales@xteam.pro' },
  attendee: { name: 'Ada "The" Lovelace', email: 'ada@example.com' },
  issuedAt: new Date('2027-03-01T10:11:12.345Z'),
};

const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('buildInvitation', () => {
  it('writes a REQUEST with UTC times, escaped text and CRLF lines', () => {
    const ics = buildInvitation(base);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const text = unfold(ics);
    expect(text).toContain('METHOD:REQUEST');
    expect(text).toContain('UID:b1c2@xteam.pro');
    expect(text).toContain('DTSTART:20270302T080000Z');
    expect(text).toContain('DTEND:20270302T083000Z');
    expect(text).toContain('DTSTAMP:20270301T101112Z');
    expect(text).toContain('SUMMARY:Consultation: XTeam.Pro\\, Acme\\; Ltd');
    expect(text).toContain('DESCRIPTION:Agenda:\\nyour audit\\, next steps');
    expect(text).toContain(
      'ATTENDEE;CN="Ada \'The\' Lovelace";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ada@example.com',
    );
    expect(text).toContain('STATUS:CONFIRMED');
    expect(text).toContain('BEGIN:VALARM');
  });

  it('writes a CANCEL for the same event with a higher sequence', () => {
    const text = unfold(
      buildInvitation({ ...base, method: 'CANCEL', sequence: 2, location: undefined, url: undefined }),
    );
    expect(text).toContain('METHOD:CANCEL');
    expect(text).toContain('SEQUENCE:2');
    expect(text).toContain('STATUS:CANCELLED');
    expect(text).not.toContain('VALARM');
    expect(text).not.toContain('LOCATION');
  });
});

describe('iCalendar text', () => {
  it('escapes and folds', () => {
    expect(escapeText('a\\b;c,d\r\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    expect(icsDate(new Date('2027-01-02T03:04:05.678Z'))).toBe('20270102T030405Z');
    const long = `DESCRIPTION:${'é'.repeat(80)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    expect(folded.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(foldLine('short')).toBe('short');
  });
});
