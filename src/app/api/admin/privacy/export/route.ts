// GET /api/admin/privacy/export?leadId=...: everything held about a lead's address as a zip,
// for admins (recorded in privacy_requests with who took it). 401 without a session, 403 for
// other roles, 400 for a malformed id, 404 for an unknown lead, in the seed's error format.
import { can } from '@/server/auth/roles';
import { getStaffSession } from '@/server/auth/session';
import { db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { parseBody, restRoute } from '@/server/http/rest';
import { leadPrivacyInput } from '@/server/privacy/schema';
import { exportForLead } from '@/server/privacy/staff';
import { zipResponse } from '@/server/privacy/zip-response';
import { fileStorage } from '@/server/storage';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = restRoute(async (request) => {
  const session = await getStaffSession();
  if (!session?.user) throw new AppError('UNAUTHORIZED', 'Sign in to continue');
  if (!can(session.user.role, 'privacy')) throw new AppError('FORBIDDEN', 'Your role does not give access to this.');
  const { leadId } = parseBody(leadPrivacyInput, { leadId: new URL(request.url).searchParams.get('leadId') });
  const { archive, fileName } = await exportForLead(db, fileStorage(), leadId, session.user.id);
  return zipResponse(archive, fileName);
});
