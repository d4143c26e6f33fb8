// Dates and times for people: in a time zone and locale (a staff member's, a team's), never a raw
// ISO string. Pure: the preferences come in as arguments.
import { isTimeZone as isZone } from '../booking/time-zone';

export interface DatePrefs {
  /** IANA zone, e.g. "Europe/Berlin". */
  timeZone: string;
  /** BCP 47 tag, e.g. "en-GB". */
  locale: string;
}

export const DEFAULT_LOCALE = 'en-GB';

/** A usable IANA zone (the booking engine's own check, with a length cap for stored input). */
export function isTimeZone(value: string): boolean {
  return !!value && value.length <= 64 && isZone(value);
}

export function isLocale(value: string): boolean {
  if (!value || value.length > 35) return false;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([value]).length === 1;
  } catch {
    return false;
  }
}

/**
 * The first usable choice, in order: the account's own setting, the browser's, the team's
 * (consultation availability), then UTC / en-GB.
 */
type MaybePrefs = { timeZone?: string | null; locale?: string | null } | null | undefined;

export function resolveDatePrefs(choices: {
  account?: MaybePrefs;
  browser?: MaybePrefs;
  team?: MaybePrefs;
}): DatePrefs {
  const candidates = [choices.account, choices.browser, choices.team];
  const timeZone = candidates.map((c) => c?.timeZone).find((z): z is string => !!z && isTimeZone(z)) ?? 'UTC';
  const locale = candidates.map((c) => c?.locale).find((l): l is string => !!l && isLocale(l)) ?? DEFAULT_LOCALE;
  return { timeZone, locale };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(prefs: DatePrefs, style: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${prefs.locale}|${prefs.timeZone}|${style}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(prefs.locale, { timeZone: prefs.timeZone, ...options });
    formatters.set(key, found);
  }
  return found;
}

const toDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** "29 Dec 2026, 15:00 CET" (the zone's short name, so a reader knows which clock). */
export function formatDateTime(value: Date | string, prefs: DatePrefs): string {
  return formatter(prefs, 'datetime', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(toDate(value));
}

/** "Tue 29 Dec, 15:00 CET": an upcoming time, with the weekday. */
export function formatAppointment(value: Date | string, prefs: DatePrefs): string {
  return formatter(prefs, 'appointment', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(toDate(value));
}

/** "29 Dec 2026" */
export function formatDate(value: Date | string, prefs: DatePrefs): string {
  return formatter(prefs, 'date', { day: 'numeric', month: 'short', year: 'numeric' }).format(toDate(value));
}

/** A calendar day "YYYY-MM-DD" as words ("29 Dec 2026"), whatever the zone. */
export function formatDay(day: string, locale = DEFAULT_LOCALE): string {
  return formatDate(new Date(`${day}T00:00:00Z`), { locale, timeZone: 'UTC' });
}

const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})/g;

/** Free text (notes, log details) with every ISO instant in it written for the reader. */
export function formatInstantsInText(text: string, prefs: DatePrefs): string {
  return text.replace(ISO_INSTANT, (match) => {
    const date = new Date(match);
    return Number.isNaN(date.getTime()) ? match : formatDateTime(date, prefs);
  });
}

const wordsFormatter = (timeZone: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(DEFAULT_LOCALE, { timeZone, ...options });

/** For a visitor's email: "Tuesday, 2 March 2027, 09:00–09:30 (Europe/Berlin)". */
export function formatConsultationTime(start: Date, end: Date, timeZone: string): string {
  const day = wordsFormatter(timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    start,
  );
  const time = wordsFormatter(timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${day}, ${time.format(start)}–${time.format(end)} (${timeZone.replace(/_/g, ' ')})`;
}

/** "Tuesday 2 March", in the zone. */
export function formatWeekdayDay(date: Date, timeZone: string): string {
  return wordsFormatter(timeZone, { weekday: 'long', day: 'numeric', month: 'long' }).format(date);
}
