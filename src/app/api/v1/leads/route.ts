// GET /api/v1/leads: leads for CRM sync (key with leads:read), filtered like the admin list.
import { NextResponse } from 'next/server';
import { v1, v1Others } from '@/server/api-v1/route';
import { db } from '@/server/db/client';
import { otherMethods, parseBody, restRoute } from '@/server/http/rest';
import { listLeadsForApi } from '@/server/leads/api';
import { apiLeadsQuery, apiLeadsQueryOf } from '@/server/leads/api-schema';

export const dynamic = 'force-dynamic';

export const GET = v1(
  'listLeads',
  restRoute(async (request) => {
    const query = parseBody(apiLeadsQuery, apiLeadsQueryOf(new URL(request.url).searchParams));
    return NextResponse.json(await listLeadsForApi(db, query), { headers: { 'Cache-Control': 'private, no-store' } });
  }),
);

export const { PUT, PATCH, DELETE, POST } = v1Others(otherMethods(['GET']));
