// First-touch attribution: the UTM parameters and referrer of the visitor's first page view
// on this browser, sent with an audit, a contact message or a booking (and with analytics events).
const KEY = 'xteam.firstTouch';
const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;

export interface FirstTouch {
  utm: Partial<Record<(typeof UTM_KEYS)[number], string>>;
  referrer?: string;
}

export function rememberFirstTouch(): FirstTouch {
  try {
    const stored = window.localStorage.getItem(KEY);
    if (stored) return JSON.parse(stored) as FirstTouch;
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
    window.localStorage.setItem(KEY, JSON.stringify(touch));
    return touch;
  } catch {
    return { utm: {} };
  }
}
