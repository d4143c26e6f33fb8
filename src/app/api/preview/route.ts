// GET /api/preview?path=/blog/<slug>: the CMS "Preview" button. Signed-in editors get draft
// mode and are sent to the page, which then shows the latest draft (and checks again).
import { draftMode } from 'next/headers';
import { NextResponse } from 'next/server';
import { canUseCms } from '@/server/auth/roles';
import { getStaffSession } from '@/server/auth/session';
import { previewablePath } from '@/server/content/preview-path';
import { AppError } from '@/server/errors';
import { ownOriginFor } from '@/server/http/own-origin';
import { otherMethods, restRoute } from '@/server/http/rest';

export const dynamic = 'force-dynamic';

export const GET = restRoute(async (request) => {
  const url = new URL(request.url);
  // Redirects stay on the name the editor used (127.0.0.1 or localhost), where their cookies are.
  const origin = ownOriginFor(request.headers);
  const path = previewablePath(url.searchParams.get('path'));
  if (!path) {
    throw new AppError('VALIDATION_ERROR', 'Only blog posts, case studies and solutions can be previewed', {
      field: 'path',
    });
  }
  const session = await getStaffSession();
  if (!session) {
    const signIn = new URL('/admin/sign-in', origin);
    signIn.searchParams.set('callbackUrl', `/api/preview?path=${encodeURIComponent(path)}`);
    return NextResponse.redirect(signIn, { headers: { 'Cache-Control': 'no-store' } });
  }
  if (!canUseCms(session.user.role)) throw new AppError('FORBIDDEN', 'Only CMS editors can preview drafts');
  (await draftMode()).enable();
  return NextResponse.redirect(new URL(path, origin), { headers: { 'Cache-Control': 'no-store' } });
});

export const { PUT, PATCH, DELETE, POST } = otherMethods(['GET']);
