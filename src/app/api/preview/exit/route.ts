// GET /api/preview/exit?path=...: leaves draft mode and returns to the published page.
import { draftMode } from 'next/headers';
import { NextResponse } from 'next/server';
import { previewablePath } from '@/server/content/preview-path';
import { ownOriginFor } from '@/server/http/own-origin';
import { otherMethods, restRoute } from '@/server/http/rest';

export const dynamic = 'force-dynamic';

export const GET = restRoute(async (request) => {
  const url = new URL(request.url);
  (await draftMode()).disable();
  const path = previewablePath(url.searchParams.get('path')) ?? '/blog';
  return NextResponse.redirect(new URL(path, ownOriginFor(request.headers)), {
    headers: { 'Cache-Control': 'no-store' },
  });
});

export const { PUT, PATCH, DELETE, POST } = otherMethods(['GET']);
