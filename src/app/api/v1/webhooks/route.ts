// /api/v1/webhooks (scope webhooks:manage): a CRM lists and registers its own receivers.
import { NextResponse } from 'next/server';
import { v1, v1Others } from '@/server/api-v1/route';
import { db } from '@/server/db/client';
import { otherMethods, parseBody, readJsonBody, restRoute } from '@/server/http/rest';
import { createEndpointInput } from '@/server/integrations/schema';
import { createEndpoint, listEndpoints, presentEndpoint } from '@/server/webhooks/endpoints';

export const dynamic = 'force-dynamic';

export const GET = v1(
  'listWebhooks',
  restRoute(async () => NextResponse.json({ data: (await listEndpoints(db)).map(presentEndpoint) })),
);

export const POST = v1(
  'createWebhook',
  restRoute(async (request) => {
    const input = parseBody(createEndpointInput, await readJsonBody(request, 16 * 1024));
    const endpoint = await createEndpoint(db, input);
    return NextResponse.json({ ...presentEndpoint(endpoint), secret: endpoint.secret }, { status: 201 });
  }),
);

export const { PUT, PATCH, DELETE } = v1Others(otherMethods(['GET', 'POST']));
