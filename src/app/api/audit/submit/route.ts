// POST /api/audit/submit: the seed's audit submission (section 4.1).
import { NextResponse } from 'next/server';
import { otherMethods, parseBody, readJsonBody, restRoute } from '@/server/http/rest';
import { presentSubmission } from '@/server/audit/results';
import { auditSubmitRequest } from '@/server/audit/schema';
import { submitFromApi } from '@/server/audit/submit';

// Big enough that an over-long field reaches validation (400 naming the field), not 413.
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export const POST = restRoute(async (request, _context, ctx) => {
  const input = parseBody(auditSubmitRequest, await readJsonBody(request, MAX_BODY_BYTES));
  const submitted = await submitFromApi(ctx.db, input, ctx);
  return NextResponse.json(presentSubmission(submitted), { status: 201 });
});

export const { PUT, PATCH, DELETE, GET, HEAD } = otherMethods(['POST']);
