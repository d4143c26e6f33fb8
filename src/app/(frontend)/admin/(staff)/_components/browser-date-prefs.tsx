'use client';
// Tells the server the browser's time zone and locale (two cookies), the default for dates in
// the staff area when the account has none saved; refreshes once when they change.
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { BROWSER_LOCALE_COOKIE, BROWSER_ZONE_COOKIE } from '@/server/staff/preferences-schema';

function readCookie(name: string): string | null {
  const found = document.cookie.split('; ').find((part) => part.startsWith(`${name}=`));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : null;
}

export function BrowserDatePrefs() {
  const router = useRouter();
  useEffect(() => {
    const { timeZone, locale } = Intl.DateTimeFormat().resolvedOptions();
    const wanted: Array<[string, string]> = [
      [BROWSER_ZONE_COOKIE, timeZone],
      [BROWSER_LOCALE_COOKIE, navigator.language || locale],
    ];
    let changed = false;
    for (const [name, value] of wanted) {
      if (value && readCookie(name) !== value) {
        document.cookie = `${name}=${encodeURIComponent(value)}; path=/admin; max-age=31536000; samesite=lax`;
        changed = true;
      }
    }
    if (changed) router.refresh();
  }, [router]);
  return null;
}
