// Recognises "the database cannot be reached right now" in whatever shape a driver reports it
// (pg, Prisma's pg adapter, Drizzle under Payload, pg-boss), so a request that hits a
// restarting PostgreSQL answers 503 with Retry-After instead of 500. No imports on purpose:
// the error mapper (server/errors.ts) is pure and unit-tested.

/** Socket errors that mean the server went away or is not listening. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN']);
/** Prisma: can't reach (P1001), timed out (P1002, P1008), connection closed (P1017), pool timeout (P2024). */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** The pg adapter's error kinds for the same conditions. */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01-57P03 (admin shutdown, crash
 * shutdown, cannot connect now: starting up or shutting down), 53300 (too many connections).
 */
const isUnavailableSqlState = (code: string) =>
  /^08[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code) || code === '53300';
/** Messages of errors that carry no code (pg's client when its socket ends mid-query). */
const MESSAGES = [
  /connection terminated/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /can't reach database server/i,
  /server closed the connection unexpectedly/i,
  /client has encountered a connection error/i,
  /connection (is )?closed/i,
  /timeout exceeded when trying to connect/i,
];

function ownFields(value: object): Record<string, unknown> {
  return value as Record<string, unknown>;
}

function matches(value: Record<string, unknown>): boolean {
  const code = typeof value.code === 'string' ? value.code : '';
  if (SOCKET_CODES.has(code) || PRISMA_CODES.has(code) || isUnavailableSqlState(code)) return true;
  for (const key of ['kind', 'originalCode']) {
    const field = value[key];
    if (typeof field === 'string' && (ADAPTER_KINDS.has(field) || isUnavailableSqlState(field))) return true;
  }
  const message = typeof value.message === 'string' ? value.message : '';
  return MESSAGES.some((pattern) => pattern.test(message));
}

/** True when the error (or anything it wraps) says the database is unreachable for now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const value = queue.shift();
    if (!value || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    const fields = ownFields(value);
    if (matches(fields)) return true;
    // Wrappers: Error.cause (Drizzle, tRPC), Prisma's meta.driverAdapterError.cause, AggregateError.
    queue.push(fields.cause, fields.meta, fields.driverAdapterError, fields.originalError);
    if (Array.isArray(fields.errors)) queue.push(...(fields.errors as unknown[]));
  }
  return false;
}
