// The visitor's analytics choice in the browser: a first-party cookie the server reads too
// (src/domain/analytics/policy.ts). Allowing also writes the random visitor id; declining
// removes it and everything remembered about the visit.
import { CONSENT_COOKIE, VISITOR_COOKIE, type ConsentChoice } from '@/domain/analytics/cookies';

/** Where first-touch attribution is kept (src/lib/first-touch.ts); forgotten on "decline". */
export const FIRST_TOUCH_KEY = 'xteam.firstTouch';

const CHANGE_EVENT = 'xteam:consent';
const OPEN_EVENT = 'xteam:consent-settings';
const YEAR = 365 * 24 * 60 * 60;

function cookieValue(name: string): string | null {
  const match = document.cookie.split('; ').find((part) => part.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : null;
}

function writeCookie(name: string, value: string, maxAge: number) {
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${maxAge}; SameSite=Lax${secure}`;
}

export function readConsent(): ConsentChoice | null {
  const value = cookieValue(CONSENT_COOKIE);
  return value === 'allow' || value === 'deny' ? value : null;
}

/** Global Privacy Control or Do Not Track: the server records nothing for such browsers. */
export function browserOptsOut(): boolean {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  return nav.globalPrivacyControl === true || nav.doNotTrack === '1';
}

export function setConsent(choice: ConsentChoice) {
  if (choice === 'deny') {
    try {
      window.localStorage.removeItem(FIRST_TOUCH_KEY);
    } catch {
      // Storage blocked: nothing was kept.
    }
  }
  writeCookie(CONSENT_COOKIE, choice, YEAR);
  if (choice === 'allow') {
    if (!cookieValue(VISITOR_COOKIE)) writeCookie(VISITOR_COOKIE, crypto.randomUUID().replaceAll('-', ''), YEAR);
  } else {
    writeCookie(VISITOR_COOKIE, '', 0);
  }
  window.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: choice }));
}

export function onConsentChange(listener: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, listener);
  return () => window.removeEventListener(CHANGE_EVENT, listener);
}

/** The footer's "Cookie settings" asks the banner to open again. */
export function openConsentSettings() {
  window.dispatchEvent(new Event(OPEN_EVENT));
}

export function onOpenConsentSettings(listener: () => void): () => void {
  window.addEventListener(OPEN_EVENT, listener);
  return () => window.removeEventListener(OPEN_EVENT, listener);
}
