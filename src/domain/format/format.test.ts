import { describe, expect, it } from 'vitest';
import {
  formatAppointment,
  formatConsultationTime,
  formatWeekdayDay,
  formatCompactMoney,
  formatDate,
  formatDateTime,
  formatDay,
  formatHours,
  formatInstantsInText,
  formatMoney,
  formatMoneyOrDash,
  formatMonths,
  isLocale,
  isTimeZone,
  resolveDatePrefs,
} from './index';

describe('money', () => {
  it('rounds to whole units with the currency symbol', () => {
    expect(formatMoney(152151.6, 'EUR')).toBe('€152,152');
    expect(formatMoney(4900, 'USD')).toBe('$4,900');
    expect(formatMoney(-0.4, 'EUR')).toBe('-€0');
    expect(formatMoneyOrDash(null, 'EUR')).toBe('–');
    expect(formatMoneyOrDash(18000, 'GBP')).toBe('£18,000');
  });
  it('compacts for chart axes', () => {
    expect(formatCompactMoney(152151, 'EUR')).toBe('€152.2K');
  });
});

describe('durations', () => {
  it('says months, one wording for no payback', () => {
    expect(formatMonths(5.5)).toBe('5.5 months');
    expect(formatMonths(1)).toBe('1 month');
    expect(formatMonths(null)).toBe('not within 3 years');
    expect(formatHours(1234.4)).toBe('1,234.4 h');
  });
});

describe('dates', () => {
  const instant = new Date('2026-12-29T14:00:00.000Z');
  const berlin = { timeZone: 'Europe/Berlin', locale: 'en-GB' };
  const tokyo = { timeZone: 'Asia/Tokyo', locale: 'en-GB' };

  it('writes an instant in the reader zone and locale', () => {
    expect(formatDateTime(instant, berlin)).toBe('29 Dec 2026, 15:00 CET');
    expect(formatDateTime(instant, tokyo)).toBe('29 Dec 2026, 23:00 GMT+9');
    expect(formatDateTime(instant, { timeZone: 'America/New_York', locale: 'en-US' })).toBe(
      'Dec 29, 2026, 09:00 AM EST',
    );
    expect(formatAppointment(instant, berlin)).toBe('Tue 29 Dec, 15:00 CET');
    expect(formatDate('2026-12-31T23:30:00Z', tokyo)).toBe('1 Jan 2027');
    expect(formatDay('2026-11-30')).toBe('30 Nov 2026');
  });

  it('replaces ISO instants inside free text', () => {
    const text = 'Ada cancelled the consultation of 2026-12-29T14:00:00.000Z. Offer another time.';
    expect(formatInstantsInText(text, berlin)).toBe(
      'Ada cancelled the consultation of 29 Dec 2026, 15:00 CET. Offer another time.',
    );
    expect(formatInstantsInText('no dates 2026-12-29 here', berlin)).toBe('no dates 2026-12-29 here');
  });

  it('checks zones and locales', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isLocale('de-DE')).toBe(true);
    expect(isLocale('not a locale!')).toBe(false);
  });

  it('prefers the account, then the browser, then the team, then UTC', () => {
    const team = { timeZone: 'Europe/Berlin' };
    expect(
      resolveDatePrefs({ account: { timeZone: 'Asia/Tokyo', locale: 'de-DE' }, browser: { timeZone: 'UTC' }, team }),
    ).toEqual({ timeZone: 'Asia/Tokyo', locale: 'de-DE' });
    expect(resolveDatePrefs({ account: { timeZone: null }, browser: { timeZone: 'America/Chicago' }, team })).toEqual({
      timeZone: 'America/Chicago',
      locale: 'en-GB',
    });
    expect(resolveDatePrefs({ browser: { timeZone: 'Nowhere/City' }, team })).toEqual({
      timeZone: 'Europe/Berlin',
      locale: 'en-GB',
    });
    expect(resolveDatePrefs({})).toEqual({ timeZone: 'UTC', locale: 'en-GB' });
  });
});

describe('consultation times in emails', () => {
  it('says the day, the times and the zone', () => {
    const start = new Date('2027-03-02T08:00:00Z');
    const end = new Date('2027-03-02T08:30:00Z');
    expect(formatConsultationTime(start, end, 'Europe/Berlin')).toBe(
      'Tuesday, 2 March 2027, 09:00–09:30 (Europe/Berlin)',
    );
    expect(formatConsultationTime(start, end, 'America/New_York')).toBe(
      'Tuesday, 2 March 2027, 03:00–03:30 (America/New York)',
    );
    expect(formatWeekdayDay(start, 'Asia/Tokyo')).toBe('Tuesday 2 March');
  });
});
