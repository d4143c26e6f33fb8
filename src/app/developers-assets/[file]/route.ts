// GET /developers-assets/<file>: Swagger UI's prebuilt files from the swagger-ui-dist package,
// so the reference at /developers loads nothing from a CDN. Only the bundle it needs (its CSS is
// imported by the page and built with it).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '@/server/errors';
import { otherMethods, restRoute } from '@/server/http/rest';

const FILES: Record<string, string> = {
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};
const DIR = path.join(process.cwd(), 'node_modules', 'swagger-ui-dist');
const cache = new Map<string, Buffer>();

export const GET = restRoute<{ params: Promise<{ file: string }> }>(async (_request, { params }) => {
  const { file } = await params;
  const type = FILES[file];
  if (!type) throw new AppError('NOT_FOUND', 'No such file', { field: 'file' });
  let body = cache.get(file);
  if (!body) {
    body = await readFile(path.join(DIR, file));
    cache.set(file, body);
  }
  return new Response(new Uint8Array(body), {
    headers: { 'Content-Type': type, 'Cache-Control': 'public, max-age=86400' },
  });
});

export const { PUT, PATCH, DELETE, POST } = otherMethods(['GET']);
