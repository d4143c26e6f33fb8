// Who is counted, and under which id. Privacy design (see the AnalyticsEvent model):
// - bots, visitors who declined, and browsers sending Global Privacy Control or Do Not Track
//   are not recorded at all (GPC / DNT win even over an earlier "allow");
// - a visitor who allowed analytics is counted by the random id in our first-party cookie;
// - with no choice made yet, counting is cookieless: a salted hash of the day, the IP address
//   and the user agent, which changes every day and cannot be turned back into either.
import { createHmac } from 'node:crypto';
import type { ConsentChoice } from './cookies';

export { CONSENT_COOKIE, VISITOR_COOKIE, type ConsentChoice } from './cookies';

/** A visitor id our client writes: 22-64 URL-safe characters (a random UUID without dashes, ...). */
const VISITOR_ID = /^[A-Za-z0-9_-]{22,64}$/;

export interface RequestSignals {
  consent: ConsentChoice | null;
  visitorCookie: string | null;
  gpc: boolean;
  dnt: boolean;
  bot: boolean;
}

export type Verdict =
  | { record: false; reason: 'bot' | 'gpc' | 'dnt' | 'declined' }
  | { record: true; id: { kind: 'cookie'; value: string } | { kind: 'daily-hash' } };

export function recordingVerdict(signals: RequestSignals): Verdict {
  if (signals.bot) return { record: false, reason: 'bot' };
  if (signals.gpc) return { record: false, reason: 'gpc' };
  if (signals.dnt) return { record: false, reason: 'dnt' };
  if (signals.consent === 'deny') return { record: false, reason: 'declined' };
  if (signals.consent === 'allow' && signals.visitorCookie && VISITOR_ID.test(signals.visitorCookie)) {
    return { record: true, id: { kind: 'cookie', value: signals.visitorCookie } };
  }
  // Allowed but the cookie is missing or forged: count without a cookie rather than trust it.
  return { record: true, id: { kind: 'daily-hash' } };
}

/** One cookie's value from a Cookie header (first occurrence), or null. */
export { readCookie } from '@/lib/cookie-header';

export function parseConsent(value: string | null): ConsentChoice | null {
  return value === 'allow' || value === 'deny' ? value : null;
}

/** GPC (`Sec-GPC: 1`) and DNT (`DNT: 1`) headers. */
export function privacySignals(header: (name: string) => string | null): { gpc: boolean; dnt: boolean } {
  return { gpc: header('sec-gpc')?.trim() === '1', dnt: header('dnt')?.trim() === '1' };
}

export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/**
 * The cookieless id: HMAC-SHA256 keyed by a server secret over the UTC day, IP and user agent.
 * The day is part of the input, so one person gets a new id every day and cannot be followed
 * across days; 'h' marks hashed ids apart from cookie ids. 40 characters (160 bits).
 */
export function dailyVisitorId(secret: string, at: Date, ip: string, userAgent: string): string {
  const digest = createHmac('sha256', `analytics-visitor:${secret}`)
    .update(`${utcDay(at)}\n${ip}\n${userAgent}`)
    .digest('base64url');
  return `h${digest.slice(0, 39)}`;
}
