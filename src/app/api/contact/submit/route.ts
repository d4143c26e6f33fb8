// POST /api/contact/submit: the seed's contact form submission (section 4.1).
import { NextResponse } from 'next/server';
import { track } from '@/server/analytics/track';
import { contactSubmitRequest } from '@/server/contact/schema';
import { submitInquiry } from '@/server/contact/service';
import { db } from '@/server/db/client';
import { clientIpFrom } from '@/server/http/client-ip';
import { otherMethods, parseBody, readJsonBody, restRoute } from '@/server/http/rest';
import { logger } from '@/server/logging/logger';

export const POST = restRoute(async (request, _context, requestId) => {
  const input = parseBody(contactSubmitRequest, await readJsonBody(request, 64 * 1024));
  const log = logger.child({ requestId });
  const submitted = await submitInquiry(db, input, {
    clientIp: clientIpFrom(request.headers),
    log,
  });
  track({ db, headers: request.headers, log }, 'contact_sent', { path: '/contact' });
  return NextResponse.json(submitted, { status: 201 });
});

export const { PUT, PATCH, DELETE, GET, HEAD } = otherMethods(['POST']);
