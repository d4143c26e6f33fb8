import { describe, expect, it } from 'vitest';
import { dailyVisitorId, parseConsent, privacySignals, readCookie, recordingVerdict, utcDay } from './policy';

const none = { consent: null, visitorCookie: null, gpc: false, dnt: false, bot: false } as const;
const cookieId = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';

describe('recordingVerdict', () => {
  it('never records bots, GPC, DNT or a declined visitor, whatever else they send', () => {
    expect(recordingVerdict({ ...none, bot: true, consent: 'allow', visitorCookie: cookieId })).toEqual({
      record: false,
      reason: 'bot',
    });
    expect(recordingVerdict({ ...none, gpc: true, consent: 'allow', visitorCookie: cookieId })).toEqual({
      record: false,
      reason: 'gpc',
    });
    expect(recordingVerdict({ ...none, dnt: true })).toEqual({ record: false, reason: 'dnt' });
    expect(recordingVerdict({ ...none, consent: 'deny', visitorCookie: cookieId })).toEqual({
      record: false,
      reason: 'declined',
    });
  });

  it('counts an allowing visitor by their cookie id', () => {
    expect(recordingVerdict({ ...none, consent: 'allow', visitorCookie: cookieId })).toEqual({
      record: true,
      id: { kind: 'cookie', value: cookieId },
    });
  });

  it('counts without a cookie when no choice is made, or the cookie id is missing or malformed', () => {
    const hashed = { record: true, id: { kind: 'daily-hash' } };
    expect(recordingVerdict(none)).toEqual(hashed);
    expect(recordingVerdict({ ...none, visitorCookie: cookieId })).toEqual(hashed);
    expect(recordingVerdict({ ...none, consent: 'allow' })).toEqual(hashed);
    expect(recordingVerdict({ ...none, consent: 'allow', visitorCookie: 'short' })).toEqual(hashed);
    expect(recordingVerdict({ ...none, consent: 'allow', visitorCookie: `${cookieId}<script>` })).toEqual(hashed);
  });
});

describe('cookies and headers', () => {
  it('reads one cookie from a header', () => {
    expect(readCookie('a=1; xt_consent=allow; b=2', 'xt_consent')).toBe('allow');
    expect(readCookie('xt_consent_old=deny;xt_consent=deny', 'xt_consent')).toBe('deny');
    expect(readCookie('x=%E0%A4%A', 'x')).toBe('%E0%A4%A');
    expect(readCookie('x=a%20b', 'x')).toBe('a b');
    expect(readCookie('novalue; y=1', 'novalue')).toBeNull();
    expect(readCookie('', 'x')).toBeNull();
    expect(readCookie(null, 'x')).toBeNull();
  });

  it('knows only the two choices', () => {
    expect(parseConsent('allow')).toBe('allow');
    expect(parseConsent('deny')).toBe('deny');
    expect(parseConsent('yes')).toBeNull();
    expect(parseConsent(null)).toBeNull();
  });

  it('reads Sec-GPC and DNT', () => {
    const headers = new Headers({ 'sec-gpc': '1', dnt: '0' });
    expect(privacySignals((name) => headers.get(name))).toEqual({ gpc: true, dnt: false });
    expect(privacySignals(() => null)).toEqual({ gpc: false, dnt: false });
    expect(privacySignals((name) => (name === 'dnt' ? ' 1 ' : null))).toEqual({ gpc: false, dnt: true });
  });
});

describe('dailyVisitorId', () => {
  const day = new Date('2026-03-10T09:00:00Z');
  it('is stable within a UTC day for the same address and browser', () => {
    const id = dailyVisitorId('secret', day, '203.0.113.7', 'Firefox');
    expect(id).toMatch(/^h[A-Za-z0-9_-]{39}$/);
    expect(dailyVisitorId('secret', new Date('2026-03-10T23:59:59Z'), '203.0.113.7', 'Firefox')).toBe(id);
  });
  it('changes with the day, the address, the browser and the secret', () => {
    const id = dailyVisitorId('secret', day, '203.0.113.7', 'Firefox');
    expect(dailyVisitorId('secret', new Date('2026-03-11T00:00:00Z'), '203.0.113.7', 'Firefox')).not.toBe(id);
    expect(dailyVisitorId('secret', day, '203.0.113.8', 'Firefox')).not.toBe(id);
    expect(dailyVisitorId('secret', day, '203.0.113.7', 'Chrome')).not.toBe(id);
    expect(dailyVisitorId('other', day, '203.0.113.7', 'Firefox')).not.toBe(id);
  });
  it('names the UTC day', () => {
    expect(utcDay(new Date('2026-03-10T23:30:00-05:00'))).toBe('2026-03-11');
  });
});
