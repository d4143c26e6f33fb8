// Dates of consultations in words, in a given time zone, for emails and sales notes.
const formatter = (timeZone: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, ...options });

/** "Tuesday 2 March 2027, 09:00–09:30 (Europe/Berlin)" */
export function formatConsultationTime(start: Date, end: Date, timeZone: string): string {
  const day = formatter(timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(start);
  const time = formatter(timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${day}, ${time.format(start)}–${time.format(end)} (${timeZone.replace(/_/g, ' ')})`;
}

/** "Tuesday 2 March" */
export function formatDay(date: Date, timeZone: string): string {
  return formatter(timeZone, { weekday: 'long', day: 'numeric', month: 'long' }).format(date);
}
