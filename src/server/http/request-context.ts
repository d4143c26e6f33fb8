// The one request context of tRPC procedures and REST routes: the database, a request id (the
// caller's X-Request-Id, or a new one), the client's address by the proxy rule of client-ip.ts,
// the request's headers (analytics reads consent and bots from them), a logger tagged with the
// request id and, for tRPC, the staff session. Services take the part they need (FlowContext).
import 'server-only';
import { randomUUID } from 'node:crypto';
import { getStaffSession } from '@/server/auth/session';
import { db } from '@/server/db/client';
import { clientIpFrom } from '@/server/http/client-ip';
import { logger, type Logger } from '@/server/logging/logger';

/** Everything but the staff session: what the public REST routes use (none reads a session). */
export function createPublicRequestContext(headers: Headers) {
  const requestId = headers.get('x-request-id') ?? randomUUID();
  return { db, requestId, clientIp: clientIpFrom(headers), headers, log: logger.child({ requestId }) };
}

export type PublicRequestContext = ReturnType<typeof createPublicRequestContext>;

/** tRPC's context: the public part and the staff session (NextAuth reads it, and its row, on every call). */
export async function createRequestContext(headers: Headers) {
  return { ...createPublicRequestContext(headers), session: await getStaffSession() };
}

export type RequestContext = Awaited<ReturnType<typeof createRequestContext>>;

/** What a flow's service needs of the request: who asks, for limits and analytics, and a logger. */
export interface FlowContext {
  clientIp: string;
  /** Absent when no visitor's request started the flow (a job): no analytics then. */
  headers?: Headers;
  log: Logger;
}
