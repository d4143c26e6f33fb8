// Thin adapters for the seed's REST routes: safe JSON body reading and one error mapper,
// so every route answers bad input with the seed's error body and never leaks a stack trace.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { NextResponse } from 'next/server';
import { AppError, toErrorBody } from '@/server/errors';
import { logger } from '@/server/logging/logger';

const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

export function errorResponse(error: unknown, requestId: string): NextResponse {
  const { status, body } = toErrorBody(error);
  if (status >= 500) logger.error({ err: error, requestId }, 'request failed');
  return NextResponse.json(body, { status, headers: { 'x-request-id': requestId } });
}

/** Reads a JSON body with a size cap; malformed or oversized input is a client error. */
export async function readJsonBody(request: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().includes('application/json')) {
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

export function requestIdOf(request: Request): string {
  return request.headers.get('x-request-id') ?? randomUUID();
}

type RouteHandler<C> = (request: Request, context: C, requestId: string) => Promise<Response>;

/** Wraps a route handler so any thrown error becomes the seed's error body. */
export function restRoute<C>(handler: RouteHandler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    const requestId = requestIdOf(request);
    try {
      const response = await handler(request, context, requestId);
      response.headers.set('x-request-id', requestId);
      return response;
    } catch (error) {
      return errorResponse(error, requestId);
    }
  };
}
