// Route handlers of /api/v1: the seed's own handlers (one per flow, shared with the
// unversioned paths), behind the operation's key check, with the version's headers.
import 'server-only';
import { db } from '@/server/db/client';
import { errorResponse, requestIdOf } from '@/server/http/rest';
import { authenticate } from './auth';
import type { ApiOperation } from './operations';
import { API_OPERATIONS } from './operations';
import { CURRENT_VERSION, versionHeaders } from './versions';

type Handler<C> = (request: Request, context: C) => Promise<Response> | Response;

function withVersion(response: Response): Response {
  for (const [name, value] of versionHeaders(CURRENT_VERSION)) response.headers.set(name, value);
  return response;
}

/** The v1 handler of an operation (by operationId), delegating to the shared handler. */
export function v1<C>(operationId: string, handler: Handler<C>) {
  const op: ApiOperation | undefined = API_OPERATIONS.find((o) => o.operationId === operationId);
  if (!op) throw new Error(`unknown API operation ${operationId}`);
  return async (request: Request, context: C): Promise<Response> => {
    try {
      if (op.auth !== 'none') await authenticate(db, request, op.scope, op.auth === 'required');
      return withVersion(await handler(request, context));
    } catch (error) {
      return withVersion(errorResponse(error, requestIdOf(request)));
    }
  };
}

/** Other methods of a v1 path (405 with Allow), with the version's headers. */
export function v1Others<M extends string>(handlers: Record<M, (request: Request) => Response>) {
  return Object.fromEntries(
    Object.entries(handlers).map(([method, handler]) => [
      method,
      (request: Request) => withVersion((handler as (r: Request) => Response)(request)),
    ]),
  ) as Record<M, (request: Request) => Response>;
}
