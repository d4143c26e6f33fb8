// Typed domain errors and the seed's error body (section 11.3). Services throw AppError;
// one mapper turns it into tRPC errors (server/api/trpc.ts), one into REST responses (http/).
import { ZodError } from 'zod';
import { isDatabaseUnavailable } from './db/unavailable';

export const ERROR_STATUS = {
  VALIDATION_ERROR: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type ErrorDetails = Record<string, unknown> & { field?: string; reason?: string };

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: ErrorDetails; timestamp: string };
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export interface FieldIssue {
  field: string;
  reason: string;
}

/** Zod issues as `{ field: "contactInfo.email", reason }`, the first one also at the top. */
export function validationDetails(error: ZodError): ErrorDetails {
  const issues: FieldIssue[] = error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(root)',
    reason: issue.message,
  }));
  return { field: issues[0]?.field, reason: issues[0]?.reason, issues };
}

export function validationError(error: ZodError): AppError {
  return new AppError('VALIDATION_ERROR', 'Invalid input data', validationDetails(error));
}

export function errorBody(code: ErrorCode, message: string, details: ErrorDetails = {}): ErrorBody {
  return { error: { code, message, details, timestamp: new Date().toISOString() } };
}

/** Seconds a client is asked to wait while the database restarts (usually a second or two). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** The 503 answered while the database cannot be reached: a passing state, not a bug. */
export function databaseUnavailableError(): AppError {
  return new AppError('SERVICE_UNAVAILABLE', 'The service is briefly unavailable. Please try again in a few seconds.', {
    reason: 'database unavailable',
    retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
  });
}

/** Domain errors as they are; a lost database connection as the 503 above; anything else unchanged. */
export function asAppError(error: unknown): unknown {
  if (error instanceof AppError || error instanceof ZodError) return error;
  return isDatabaseUnavailable(error) ? databaseUnavailableError() : error;
}

/** Any thrown value as the seed's error body; unknown errors never leak their message. */
export function toErrorBody(thrown: unknown): { status: number; body: ErrorBody } {
  const error = asAppError(thrown);
  if (error instanceof AppError) {
    return { status: error.status, body: errorBody(error.code, error.message, error.details) };
  }
  if (error instanceof ZodError) {
    const app = validationError(error);
    return { status: app.status, body: errorBody(app.code, app.message, app.details) };
  }
  return { status: 500, body: errorBody('INTERNAL_ERROR', 'Something went wrong on our side. Please try again.') };
}
