// tRPC over HTTP at /api/trpc, with a request body cap.
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '@/server/api/root';
import { createTRPCContext } from '@/server/api/trpc';
import { AppError } from '@/server/errors';
import { errorResponse, requestIdOf } from '@/server/http/rest';

const MAX_BODY_BYTES = 256 * 1024;

function handle(req: Request) {
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: () => createTRPCContext({ headers: req.headers }),
  });
}

async function post(req: Request) {
  const tooLarge = () =>
    errorResponse(
      new AppError('PAYLOAD_TOO_LARGE', 'Request body is too large', { reason: `Limit is ${MAX_BODY_BYTES} bytes` }),
      requestIdOf(req),
    );
  if (Number(req.headers.get('content-length') ?? '0') > MAX_BODY_BYTES) return tooLarge();
  const body = await req.text();
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) return tooLarge();
  return handle(new Request(req, { body }));
}

export { handle as GET, post as POST };
