// Sends a browser analytics event to POST /api/events without holding up the page: a
// keepalive request (it survives navigating away), errors ignored. Nothing is sent when the
// visitor declined or the browser asks not to be tracked (the server would drop it anyway).
import type { ClientEventInput } from '@/server/analytics/schema';
import { browserOptsOut, readConsent } from './consent';
import { rememberFirstTouch } from './first-touch';

type Event =
  | { name: 'page_view'; path: string }
  | { name: 'cta_click'; path: string; label: string }
  | { name: 'results_viewed'; path: string; auditId: string };

export function sendEvent(event: Event) {
  try {
    if (readConsent() === 'deny' || browserOptsOut()) return;
    const touch = rememberFirstTouch();
    const body: ClientEventInput = {
      ...event,
      ...(Object.keys(touch.utm).length ? { utm: touch.utm } : {}),
      ...(touch.referrer ? { referrer: touch.referrer } : {}),
    };
    void fetch('/api/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      keepalive: true,
      credentials: 'same-origin',
    }).catch(() => undefined);
  } catch {
    // Analytics must never break the page.
  }
}
