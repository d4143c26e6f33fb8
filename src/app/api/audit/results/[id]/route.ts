// GET /api/audit/results/{id}: the seed's results contract, contact details masked.
import { NextResponse } from 'next/server';
import { db } from '@/server/db/client';
import { otherMethods, parseBody, restRoute } from '@/server/http/rest';
import { auditIdInput } from '@/server/audit/schema';
import { getAuditResults } from '@/server/audit/results';

export const GET = restRoute<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  const { id } = parseBody(auditIdInput, await params);
  return NextResponse.json(await getAuditResults(db, id), { headers: { 'Cache-Control': 'private, no-store' } });
});

export const { PUT, PATCH, DELETE, POST } = otherMethods(['GET']);
