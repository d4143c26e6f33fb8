// POST /api/events: the browser's analytics beacon (page views, CTA clicks, results viewed).
// 204 whether or not the event was recorded (bots, GPC/DNT and declined visitors are not), so
// the answer tells a client nothing about the policy; bad input gets the seed's error format.
import { insertEvent } from '@/server/analytics/record';
import { clientEventInput } from '@/server/analytics/schema';
import { visitorIdFor } from '@/server/analytics/visitor';
import { db } from '@/server/db/client';
import { clientIpFrom } from '@/server/http/client-ip';
import { otherMethods, parseBody, readJsonBody, restRoute } from '@/server/http/rest';
import { consume } from '@/server/rate-limit/limiters';

const MAX_BODY_BYTES = 4 * 1024;

export const POST = restRoute(async (request) => {
  // Invalid input is refused before it can spend the address's budget.
  const event = parseBody(clientEventInput, await readJsonBody(request, MAX_BODY_BYTES));
  await consume('eventsPerIp', clientIpFrom(request.headers));
  const visitorId = visitorIdFor(request.headers);
  if (visitorId) {
    await insertEvent(db, visitorId, {
      name: event.name,
      path: event.path,
      label: event.name === 'cta_click' ? event.label : null,
      auditId: event.name === 'results_viewed' ? event.auditId : null,
      firstTouch: { utm: event.utm, referrer: event.referrer },
    });
  }
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
});

export const { PUT, PATCH, DELETE, GET, HEAD } = otherMethods(['POST']);
