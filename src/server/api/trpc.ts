// tRPC core: the request context, the error formatter (seed error format in `data.error`)
// and the procedure kinds: public, authenticated (any staff) and by staff capability.
import 'server-only';
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';
import { can, type Capability } from '@/server/auth/roles';
import { AppError, asAppError, errorBody, validationDetails, type ErrorBody, type ErrorCode } from '@/server/errors';
import { createRequestContext } from '@/server/http/request-context';

/** The same context as the REST routes' (src/server/http/request-context.ts). */
export function createTRPCContext(opts: { headers: Headers }) {
  return createRequestContext(opts.headers);
}

export type TRPCContext = Awaited<ReturnType<typeof createTRPCContext>>;

const TRPC_TO_APP: Partial<Record<TRPCError['code'], ErrorCode>> = {
  BAD_REQUEST: 'VALIDATION_ERROR',
  PARSE_ERROR: 'VALIDATION_ERROR',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  TOO_MANY_REQUESTS: 'RATE_LIMITED',
  METHOD_NOT_SUPPORTED: 'METHOD_NOT_ALLOWED',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
};

function seedErrorOf(error: TRPCError): ErrorBody['error'] {
  if (error.cause instanceof ZodError) {
    return errorBody('VALIDATION_ERROR', 'Invalid input data', validationDetails(error.cause)).error;
  }
  // A lost database connection (also in context creation, outside any middleware) is a 503.
  const cause = asAppError(error.cause);
  if (cause instanceof AppError) {
    return errorBody(cause.code, cause.message, cause.details).error;
  }
  const code = TRPC_TO_APP[error.code] ?? 'INTERNAL_ERROR';
  const message = code === 'INTERNAL_ERROR' ? 'Something went wrong on our side. Please try again.' : error.message;
  return errorBody(code, message).error;
}

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const seedError = seedErrorOf(error);
    // Never send internal messages or stacks to clients.
    const { stack: _stack, ...data } = shape.data;
    return { ...shape, message: seedError.message, data: { ...data, error: seedError } };
  },
});

/** Domain errors thrown by services become tRPC errors with the matching HTTP status. */
const APP_TO_TRPC: Record<ErrorCode, TRPCError['code']> = {
  VALIDATION_ERROR: 'BAD_REQUEST',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_SUPPORTED',
  CONFLICT: 'CONFLICT',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  INTERNAL_ERROR: 'INTERNAL_SERVER_ERROR',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
};

const domainErrors = t.middleware(async ({ next, ctx, path }) => {
  const result = await next();
  if (!result.ok) {
    const cause = asAppError(result.error.cause);
    if (cause instanceof AppError) {
      throw new TRPCError({ code: APP_TO_TRPC[cause.code], message: cause.message, cause });
    }
    if (result.error.code === 'INTERNAL_SERVER_ERROR') ctx.log.error({ err: result.error, path }, 'procedure failed');
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(domainErrors);

export const authenticatedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session?.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue' });
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/** Signed-in staff whose role has the capability (src/server/auth/roles.ts); 403 otherwise. */
export function staffProcedure(capability: Capability) {
  return authenticatedProcedure.use(({ ctx, next }) => {
    if (!can(ctx.session.user.role, capability)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Your role does not give access to this.' });
    }
    return next();
  });
}

/** Admins only: analytics and staff accounts. */
export const adminProcedure = staffProcedure('staff');
/** Admins and sales: leads, follow-ups and the emails sent to leads. */
export const salesProcedure = staffProcedure('leads');
