// Payload's REST API, mounted at /api/cms, behind a guard for input Payload would answer with
// a 500 (src/server/cms/rest-guard.ts).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import config from '@payload-config';
import { MEDIA_DIR } from '@cms/collections/Media';
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes';
import { payloadRefusal } from '@/server/cms/rest-guard';
import { AppError } from '@/server/errors';
import { errorResponse, requestIdOf } from '@/server/http/rest';

type Context = { params: Promise<{ slug: string[] }> };
type Handler = (request: Request, context: Context) => Promise<Response>;

let collections: Promise<Set<string>> | undefined;
const collectionSlugs = () => {
  collections ??= Promise.resolve(config).then((sanitized) => new Set(sanitized.collections.map((c) => c.slug)));
  return collections;
};

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
}

function guarded(handler: Handler): Handler {
  return async (request, context) => {
    const { slug } = await context.params;
    const refusal = payloadRefusal(
      request.method,
      slug ?? [],
      request.headers,
      await collectionSlugs(),
      new URL(request.url).searchParams,
    );
    if (refusal) return errorResponse(refusal, requestIdOf(request));
    // Payload answers a file that is not on disk with a 500; the guard has checked the name.
    const [collection, route, name] = slug ?? [];
    if (collection === 'media' && route === 'file' && name && !(await isFile(path.join(MEDIA_DIR, name)))) {
      return errorResponse(new AppError('NOT_FOUND', 'Not found', { reason: 'No such file' }), requestIdOf(request));
    }
    return handler(request, context);
  };
}

export const GET = guarded(REST_GET(config) as Handler);
export const POST = guarded(REST_POST(config) as Handler);
export const DELETE = guarded(REST_DELETE(config) as Handler);
export const PATCH = guarded(REST_PATCH(config) as Handler);
export const PUT = guarded(REST_PUT(config) as Handler);
export const OPTIONS = REST_OPTIONS(config);
