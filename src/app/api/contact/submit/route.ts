// POST /api/contact/submit: the seed's contact form submission (section 4.1).
import { NextResponse } from 'next/server';
import { contactSubmitRequest } from '@/server/contact/schema';
import { submitInquiry } from '@/server/contact/service';
import { otherMethods, parseBody, readJsonBody, restRoute } from '@/server/http/rest';

export const POST = restRoute(async (request, _context, ctx) => {
  const input = parseBody(contactSubmitRequest, await readJsonBody(request, 64 * 1024));
  const submitted = await submitInquiry(ctx.db, input, ctx);
  return NextResponse.json(submitted, { status: 201 });
});

export const { PUT, PATCH, DELETE, GET, HEAD } = otherMethods(['POST']);
