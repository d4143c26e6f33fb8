// Thin adapters for the seed's REST routes: safe JSON body reading and one error mapper,
// so every route answers bad input with the seed's error body and never leaks a stack trace.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { AppError, toErrorBody, validationError } from '@/server/errors';
import { logger } from '@/server/logging/logger';
import { createPublicRequestContext, type PublicRequestContext } from './request-context';
import { isJsonContentType } from './media-type';

const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

export function errorResponse(error: unknown, requestId: string): NextResponse {
  const { status, body } = toErrorBody(error);
  // A 503 we chose (e.g. a report still rendering) is a state, not a failure; one caused by a
  // database restart is worth a warning, anything else is a bug.
  if (status === 503 && !(error instanceof AppError)) {
    logger.warn({ err: error, requestId }, 'database unavailable: answered 503');
  } else if (status >= 500 && !(error instanceof AppError && error.code === 'SERVICE_UNAVAILABLE')) {
    logger.error({ err: error, requestId }, 'request failed');
  }
  const headers: Record<string, string> = { 'x-request-id': requestId };
  const retryAfter = body.error.details.retryAfterSeconds;
  if (typeof retryAfter === 'number') headers['Retry-After'] = String(retryAfter);
  return NextResponse.json(body, { status, headers });
}

/** Reads a JSON body with a size cap; malformed or oversized input is a client error. */
export async function readJsonBody(request: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the request body as JSON', {
      reason: 'Content-Type must be application/json',
    });
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw tooLarge(maxBytes);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('VALIDATION_ERROR', 'Malformed JSON in request body', { reason: 'Body is not valid JSON' });
  }
}

function tooLarge(maxBytes: number) {
  return new AppError('PAYLOAD_TOO_LARGE', 'Request body is too large', { reason: `Limit is ${maxBytes} bytes` });
}

/** Validates a request body (or params) with the flow's zod schema; failures are 400s. */
export function parseBody<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

export function requestIdOf(request: Request): string {
  return request.headers.get('x-request-id') ?? randomUUID();
}

type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
const METHODS: Method[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * Handlers for every method a route does not implement: 405 with `Allow` and the seed's error
 * body (Next's own 405 has neither). Spread into the route's exports, e.g.
 * `export const { GET, PUT, PATCH, DELETE } = otherMethods(['POST']);`
 */
export function otherMethods(allowed: Method[]): Record<Method, (request: Request) => Response> {
  const allow = [...allowed, ...(allowed.includes('GET') && !allowed.includes('HEAD') ? ['HEAD'] : []), 'OPTIONS'];
  const refuse = (request: Request) => {
    const response = errorResponse(
      new AppError('METHOD_NOT_ALLOWED', `Use ${allowed.join(' or ')} on this endpoint`, {
        reason: `${request.method} is not supported`,
        allowed: allow,
      }),
      requestIdOf(request),
    );
    response.headers.set('Allow', allow.join(', '));
    return response;
  };
  return Object.fromEntries(METHODS.map((method) => [method, refuse])) as Record<Method, typeof refuse>;
}

type RouteHandler<C> = (request: Request, context: C, ctx: PublicRequestContext) => Promise<Response>;

/**
 * Wraps a route handler: it gets the request context tRPC procedures get but the staff session
 * (no REST route reads it, and NextAuth's check cost every public call), and any thrown error
 * becomes the seed's error body.
 */
export function restRoute<C>(handler: RouteHandler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    const requestId = requestIdOf(request);
    try {
      const headers = new Headers(request.headers);
      headers.set('x-request-id', requestId);
      const response = await handler(request, context, createPublicRequestContext(headers));
      response.headers.set('x-request-id', requestId);
      return response;
    } catch (error) {
      return errorResponse(error, requestId);
    }
  };
}
