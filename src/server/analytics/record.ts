// Writing analytics events. Server-side recording is fire-and-forget: it never delays or
// fails the visitor's request; a failed insert is logged and dropped.
import 'server-only';
import { channelOf, type FirstTouchInput } from '@/domain/analytics/channel';
import type { Db } from '@/server/db/client';
import { siteOrigin } from '@/server/content/site-url';
import type { Logger } from '@/server/logging/logger';
import type { EventName } from './schema';
import { visitorIdFor } from './visitor';

export interface AnalyticsEventData {
  name: EventName;
  path?: string | null;
  step?: number | null;
  label?: string | null;
  auditId?: string | null;
  /** The visitor's first touch, when the caller knows it (source and campaign of the event). */
  firstTouch?: Omit<FirstTouchInput, 'ownHost'>;
}

function ownHost(): string | undefined {
  try {
    return new URL(siteOrigin()).hostname;
  } catch {
    return undefined;
  }
}

export async function insertEvent(db: Db, visitorId: string, event: AnalyticsEventData, at = new Date()) {
  const { source, campaign } = channelOf({ ...event.firstTouch, ownHost: ownHost() });
  await db.analyticsEvent.create({
    data: {
      name: event.name,
      visitorId,
      path: event.path ?? null,
      step: event.step ?? null,
      label: event.label ?? null,
      auditId: event.auditId ?? null,
      source,
      campaign,
      occurredAt: at,
    },
  });
}

/** Records an event the server witnessed for this request's visitor, without waiting for it. */
export function trackServerEvent(
  db: Db,
  headers: Headers | undefined,
  event: AnalyticsEventData,
  log: Pick<Logger, 'warn'>,
): void {
  if (!headers) return;
  try {
    const visitorId = visitorIdFor(headers);
    if (!visitorId) return;
    insertEvent(db, visitorId, event).catch((error: unknown) =>
      log.warn({ err: error, event: event.name }, 'analytics event not recorded'),
    );
  } catch (error) {
    log.warn({ err: error, event: event.name }, 'analytics event not recorded');
  }
}
