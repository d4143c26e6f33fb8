// A guard in front of Payload's REST handlers for input Payload turns into 500s: a
// non-numeric id (PostgreSQL ids are integers; Payload queries with NaN), a file name that is
// not a plain name (NUL, `..`, a double-encoded slash), a body type Payload cannot parse, and
// paging numbers that are not whole numbers (`limit=Infinity` reached the SQL as a 500).
// These are answered in the seed's error format; everything else is Payload's.
import 'server-only';
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from '@/lib/text';
import { AppError } from '@/server/errors';
import { mediaTypeOf } from '@/server/http/media-type';

// Payload's collection routes whose second segment is a word, not an id.
const WORD_ROUTES = new Set([
  'access',
  'count',
  'distinct',
  'file',
  'first-register',
  'forgot-password',
  'grid',
  'init',
  'login',
  'logout',
  'me',
  'paste-url',
  'refresh-token',
  'reset-password',
  'unlock',
  'verify',
  'versions',
]);
// Word routes followed by a numeric id.
const ID_AFTER = new Set(['versions', 'paste-url', 'access']);
const BODY_TYPES = new Set(['application/json', 'multipart/form-data']);
const NUMERIC_ID = /^\d{1,15}$/;

function decodeOnce(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

// Payload stores uploads under sanitised names (letters, digits, dots, dashes, underscores);
// anything else cannot name a stored file, and Payload answered some such names with a 500.
const STORED_FILE_NAME = /^[\p{L}\p{N}._ ()+-]{1,255}$/u;

function isPlainFileName(name: string): boolean {
  const again = decodeOnce(name);
  if (again === null) return false;
  return [name, again].every((value) => STORED_FILE_NAME.test(value) && !value.includes('..'));
}

// Payload's paging and population parameters: whole numbers, within what a page can ask for.
const WHOLE_NUMBER_PARAMS: Record<string, number> = { limit: 1000, page: 1_000_000, depth: 10 };

function badQueryParam(search: URLSearchParams): AppError | null {
  // Text PostgreSQL cannot store (NUL, unpaired surrogates) cannot match anything either; Payload
  // sent `where[slug][equals]=%00` to the database and answered 500.
  for (const [name, value] of search) {
    if (!isStorableText(name) || !isStorableText(value)) {
      return new AppError('VALIDATION_ERROR', 'Invalid input data', {
        field: isStorableText(name) ? name.slice(0, 100) : 'query',
        reason: UNSTORABLE_TEXT_MESSAGE,
      });
    }
  }
  for (const [name, max] of Object.entries(WHOLE_NUMBER_PARAMS)) {
    for (const value of search.getAll(name)) {
      if (!/^\d{1,7}$/.test(value) || Number(value) > max) {
        return new AppError('VALIDATION_ERROR', 'Invalid input data', {
          field: name,
          reason: `Use a whole number from 0 to ${max}`,
        });
      }
    }
  }
  return null;
}

const notFound = (reason: string) => new AppError('NOT_FOUND', 'Not found', { reason });

/** Why Payload should not see this request, or null. `segments` are the path after /api/cms. */
export function payloadRefusal(
  method: string,
  segments: readonly string[],
  headers: Headers,
  collections: ReadonlySet<string>,
  search: URLSearchParams = new URLSearchParams(),
): AppError | null {
  const badQuery = badQueryParam(search);
  if (badQuery) return badQuery;
  const [collection, second, third] = segments;
  if (collection && collections.has(collection) && second !== undefined) {
    if (!WORD_ROUTES.has(second) && !NUMERIC_ID.test(second)) return notFound('No document with this id');
    if (ID_AFTER.has(second) && third !== undefined && !NUMERIC_ID.test(third)) {
      return notFound('No document with this id');
    }
    if (second === 'file' && third !== undefined && !isPlainFileName(third)) return notFound('No such file');
  }
  // The admin UI reads related documents (titles of relations and uploads) with a POST that
  // carries its query as a form and says it is a GET: Payload's own read, not a body to parse.
  const formRead =
    method === 'POST' &&
    headers.get('x-payload-http-method-override')?.toUpperCase() === 'GET' &&
    mediaTypeOf(headers.get('content-type') ?? '') === 'application/x-www-form-urlencoded';
  if (['POST', 'PUT', 'PATCH'].includes(method) && !formRead) {
    const type = headers.get('content-type');
    const hasBody = Number(headers.get('content-length') ?? '0') > 0 || headers.has('transfer-encoding');
    if ((type && !BODY_TYPES.has(mediaTypeOf(type))) || (!type && hasBody)) {
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the request body as JSON or multipart/form-data', {
        reason: `Content-Type ${type ?? '(none)'} is not accepted`,
      });
    }
  }
  return null;
}
