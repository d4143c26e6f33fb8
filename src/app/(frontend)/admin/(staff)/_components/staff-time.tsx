'use client';
// Dates of the staff area in the reader's time zone and locale: the layout provides the
// preferences (resolved on the server, so the server render and the browser agree), and
// <StaffTime> writes an instant with them inside a <time> element.
import { createContext, useContext, type ReactNode } from 'react';
import {
  formatAppointment,
  formatDate,
  formatDateTime,
  formatInstantsInText,
  type DatePrefs,
} from '@/domain/format/dates';

const DatePrefsContext = createContext<DatePrefs>({ timeZone: 'UTC', locale: 'en-GB' });

export function DatePrefsProvider({ prefs, children }: { prefs: DatePrefs; children: ReactNode }) {
  return <DatePrefsContext.Provider value={prefs}>{children}</DatePrefsContext.Provider>;
}

export function useDatePrefs(): DatePrefs {
  return useContext(DatePrefsContext);
}

const FORMATS = { datetime: formatDateTime, date: formatDate, appointment: formatAppointment } as const;

export function StaffTime({
  value,
  kind = 'datetime',
  fallback = '–',
}: {
  value: Date | string | null | undefined;
  kind?: keyof typeof FORMATS;
  fallback?: string;
}) {
  const prefs = useDatePrefs();
  if (value === null || value === undefined) return <>{fallback}</>;
  const date = value instanceof Date ? value : new Date(value);
  return <time dateTime={date.toISOString()}>{FORMATS[kind](date, prefs)}</time>;
}

/** Free text (notes) with the ISO instants in it written for the reader. */
export function StaffText({ text }: { text: string }) {
  return <>{formatInstantsInText(text, useDatePrefs())}</>;
}
