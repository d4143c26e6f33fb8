// How dates read for the signed-in staff member: the account's own time zone and locale, else
// the browser's (cookies set by the staff layout), else the team's zone from the consultation
// availability. Once per server render.
import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { resolveDatePrefs, type DatePrefs } from '@/domain/format/dates';
import { getStaffSession } from '@/server/auth/session';
import { currentAvailability } from '@/server/booking/availability-source';
import { db as defaultDb, type Db } from '@/server/db/client';
import { BROWSER_LOCALE_COOKIE, BROWSER_ZONE_COOKIE, datePrefsInput, type DatePrefsInput } from './preferences-schema';

export interface StaffDatePrefs extends DatePrefs {
  /** What the account itself stores (null: the default applies). */
  saved: { timeZone: string | null; locale: string | null };
  /** The defaults in force when nothing is saved. */
  browser: { timeZone: string | null; locale: string | null };
  teamTimeZone: string;
}

export async function savedDatePrefs(db: Db, userId: string) {
  const row = await db.adminUser.findUnique({ where: { id: userId }, select: { timeZone: true, locale: true } });
  return { timeZone: row?.timeZone ?? null, locale: row?.locale ?? null };
}

export async function saveDatePrefs(db: Db, userId: string, input: DatePrefsInput) {
  const prefs = datePrefsInput.parse(input);
  await db.adminUser.update({ where: { id: userId }, data: { timeZone: prefs.timeZone, locale: prefs.locale } });
  return prefs;
}

export const getStaffDatePrefs = cache(async (): Promise<StaffDatePrefs> => {
  const [session, jar, availability] = await Promise.all([getStaffSession(), cookies(), currentAvailability()]);
  const saved = session?.user ? await savedDatePrefs(defaultDb, session.user.id) : { timeZone: null, locale: null };
  const browser = {
    timeZone: jar.get(BROWSER_ZONE_COOKIE)?.value ?? null,
    locale: jar.get(BROWSER_LOCALE_COOKIE)?.value ?? null,
  };
  const prefs = resolveDatePrefs({ account: saved, browser, team: { timeZone: availability.timeZone } });
  return { ...prefs, saved, browser, teamTimeZone: availability.timeZone };
});
