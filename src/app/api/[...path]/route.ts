// Any /api path no other route claims: a 404 in the seed's error format, for every method.
import { errorResponse, requestIdOf } from '@/server/http/rest';
import { AppError } from '@/server/errors';

function notFound(request: Request) {
  const path = new URL(request.url).pathname;
  return errorResponse(new AppError('NOT_FOUND', 'No API endpoint at this path', { path }), requestIdOf(request));
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
