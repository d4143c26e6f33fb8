// POST /api/calculator/roi/email: the calculator's request plus `email` and `consent: true`;
// the figures are recomputed, emailed to that address and recorded as a lead (201).
import { NextResponse } from 'next/server';
import { otherMethods, parseBody, readJsonBody, restRoute } from '@/server/http/rest';
import { roiEmailInput } from '@/server/roi/email-schema';
import { emailEstimate } from '@/server/roi/email-estimate';

export const POST = restRoute(async (request, _context, ctx) => {
  const input = parseBody(roiEmailInput, await readJsonBody(request, 64 * 1024));
  const { inquiryId, email, figures } = await emailEstimate(ctx.db, input, ctx);
  return NextResponse.json({ inquiryId, email, figures }, { status: 201 });
});

export const { PUT, PATCH, DELETE, GET, HEAD } = otherMethods(['POST']);
