// POST /api/calculator/roi: the seed's ROI calculator (section 4.1), on the audit's ROI engine.
import { NextResponse } from 'next/server';
import { db } from '@/server/db/client';
import { otherMethods, parseBody, readJsonBody, restRoute } from '@/server/http/rest';
import { roiCalculatorInput } from '@/server/roi/schema';
import { calculateForRequest } from '@/server/roi/service';

export const POST = restRoute(async (request) => {
  const input = parseBody(roiCalculatorInput, await readJsonBody(request));
  return NextResponse.json(await calculateForRequest(db, input));
});

export const { PUT, PATCH, DELETE, GET, HEAD } = otherMethods(['POST']);
