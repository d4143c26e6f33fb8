// tRPC over HTTP at /api/trpc, with a request body cap, JSON-only mutations, and the seed's
// headers on errors (Retry-After on 429).
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '@/server/api/root';
import { createTRPCContext } from '@/server/api/trpc';
import { AppError, asAppError } from '@/server/errors';
import { isJsonContentType } from '@/server/http/media-type';
import { errorResponse, otherMethods, requestIdOf } from '@/server/http/rest';

const MAX_BODY_BYTES = 256 * 1024;

function handle(req: Request) {
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: () => createTRPCContext({ headers: req.headers }),
    responseMeta: ({ errors }) => retryAfterMeta(errors.map((error) => asAppError(error.cause))),
  });
}

/**
 * Retry-After on calls that may be retried later (rate limits, a database restart), like REST;
 * a database outage is a 503 also when it hit context creation, which tRPC reports as a 500.
 */
function retryAfterMeta(causes: unknown[]) {
  const waits = causes.map((cause) =>
    cause instanceof AppError && typeof cause.details.retryAfterSeconds === 'number'
      ? cause.details.retryAfterSeconds
      : null,
  );
  const retryAfter = Math.max(0, ...waits.map((wait) => wait ?? 0));
  if (!retryAfter) return {};
  const headers = { 'Retry-After': String(retryAfter) };
  const allUnavailable = causes.every((cause) => cause instanceof AppError && cause.code === 'SERVICE_UNAVAILABLE');
  return allUnavailable ? { status: 503, headers } : { headers };
}

async function post(req: Request) {
  const refuse = (error: AppError) => errorResponse(error, requestIdOf(req));
  // Only JSON: a form on another site can post text/plain or multipart without a preflight.
  if (!isJsonContentType(req.headers.get('content-type'))) {
    return refuse(
      new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the request body as JSON', {
        reason: 'Content-Type must be application/json',
      }),
    );
  }
  const tooLarge = () =>
    refuse(
      new AppError('PAYLOAD_TOO_LARGE', 'Request body is too large', { reason: `Limit is ${MAX_BODY_BYTES} bytes` }),
    );
  if (Number(req.headers.get('content-length') ?? '0') > MAX_BODY_BYTES) return tooLarge();
  const body = await req.text();
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) return tooLarge();
  return handle(new Request(req, { body }));
}

export { handle as GET, post as POST };
export const { PUT, PATCH, DELETE } = otherMethods(['GET', 'POST']);
