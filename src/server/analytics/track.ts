// The server-recorded events of each flow, one call per flow so the routers stay thin.
import 'server-only';
import type { Db } from '@/server/db/client';
import type { Logger } from '@/server/logging/logger';
import { STEP_NUMBERS } from '@/server/audit/steps';
import type { SaveStepInput } from '@/server/audit/schema';
import { trackServerEvent } from './record';
import { metrics } from '@/server/metrics/registry';

interface RequestContext {
  db: Db;
  headers?: Headers;
  log: Pick<Logger, 'warn'>;
}

/** A wizard step was saved: "audit started" with the first one, and the step itself. */
export function trackStepSaved(ctx: RequestContext, input: SaveStepInput, auditId: string) {
  const firstTouch = input.step === 'industry' ? { utm: input.utm, referrer: input.referrer } : undefined;
  if (!input.draftId) {
    metrics().auditsStarted.inc();
    trackServerEvent(ctx.db, ctx.headers, { name: 'audit_started', auditId, path: '/audit', firstTouch }, ctx.log);
  }
  trackServerEvent(
    ctx.db,
    ctx.headers,
    { name: 'audit_step', step: STEP_NUMBERS[input.step], auditId, path: '/audit', firstTouch },
    ctx.log,
  );
}

export function track(
  ctx: RequestContext,
  name: 'audit_submitted' | 'contact_sent' | 'consultation_booked' | 'pdf_downloaded',
  details: { auditId?: string | null; path: string },
) {
  trackServerEvent(ctx.db, ctx.headers, { name, ...details }, ctx.log);
}
