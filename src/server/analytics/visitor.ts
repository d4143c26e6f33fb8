// The visitor behind a request, by the policy in src/domain/analytics/policy.ts; null when the
// request must not be recorded. The same id for browser events and server-recorded events, so
// the funnel joins both.
import 'server-only';
import { isbot } from 'isbot';
import { env } from '@/env';
import {
  CONSENT_COOKIE,
  VISITOR_COOKIE,
  dailyVisitorId,
  parseConsent,
  privacySignals,
  readCookie,
  recordingVerdict,
  type Verdict,
} from '@/domain/analytics/policy';
import { clientIpFrom } from '@/server/http/client-ip';

export function verdictFor(headers: Headers): Verdict {
  const cookie = headers.get('cookie');
  const userAgent = headers.get('user-agent') ?? '';
  return recordingVerdict({
    consent: parseConsent(readCookie(cookie, CONSENT_COOKIE)),
    visitorCookie: readCookie(cookie, VISITOR_COOKIE),
    // No user agent at all is a script, not a browser.
    bot: !userAgent || isbot(userAgent),
    ...privacySignals((name) => headers.get(name)),
  });
}

export function visitorIdFor(headers: Headers, now = new Date()): string | null {
  const verdict = verdictFor(headers);
  if (!verdict.record) return null;
  if (verdict.id.kind === 'cookie') return verdict.id.value;
  const ip = clientIpFrom(headers);
  return dailyVisitorId(env.NEXTAUTH_SECRET, now, ip, headers.get('user-agent') ?? '');
}
