// POST /api/privacy/export {"token"}: everything held about the link's address as a zip
// (data.json, PDF reports, attachments). Spends the one-time link; errors in the seed's format
// (404 unknown or expired link, 409 used already, 400 malformed token).
import { db } from '@/server/db/client';
import { parseBody, readJsonBody, restRoute } from '@/server/http/rest';
import { tokenInput } from '@/server/privacy/schema';
import { exportByLink } from '@/server/privacy/self-service';
import { zipResponse } from '@/server/privacy/zip-response';
import { fileStorage } from '@/server/storage';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = restRoute(async (request) => {
  const { token } = parseBody(tokenInput, await readJsonBody(request, 4 * 1024));
  const { archive, fileName } = await exportByLink(db, fileStorage(), token);
  return zipResponse(archive, fileName);
});
