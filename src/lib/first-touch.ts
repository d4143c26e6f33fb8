// First-touch attribution: the UTM parameters and referrer of the visitor's first page view,
// sent with an audit, a contact message or a booking (and with analytics events). Kept across
// visits (localStorage) only when the visitor allowed analytics; otherwise for this tab's
// session (sessionStorage), so the audit still carries it without anything lasting.
import { FIRST_TOUCH_KEY as KEY, readConsent } from './consent';

const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;

export interface FirstTouch {
  utm: Partial<Record<(typeof UTM_KEYS)[number], string>>;
  referrer?: string;
}

function read(storage: Storage): FirstTouch | null {
  const stored = storage.getItem(KEY);
  return stored ? (JSON.parse(stored) as FirstTouch) : null;
}

export function rememberFirstTouch(): FirstTouch {
  try {
    const allowed = readConsent() === 'allow';
    const lasting = allowed ? read(window.localStorage) : null;
    if (lasting) return lasting;
    const session = read(window.sessionStorage);
    if (session) {
      if (allowed) window.localStorage.setItem(KEY, JSON.stringify(session));
      return session;
    }
    const params = new URLSearchParams(window.location.search);
    const utm: FirstTouch['utm'] = {};
    for (const key of UTM_KEYS) {
      const value = params.get(`utm_${key}`)?.slice(0, 200);
      if (value) utm[key] = value;
    }
    const referrer =
      document.referrer && !document.referrer.startsWith(window.location.origin)
        ? document.referrer.slice(0, 2000)
        : undefined;
    const touch = { utm, referrer };
    window.sessionStorage.setItem(KEY, JSON.stringify(touch));
    if (allowed) window.localStorage.setItem(KEY, JSON.stringify(touch));
    return touch;
  } catch {
    return { utm: {} };
  }
}
