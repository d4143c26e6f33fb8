// DELETE /api/v1/webhooks/{id} (scope webhooks:manage): removes a receiver and its delivery log.
import { NextResponse } from 'next/server';
import { v1, v1Others } from '@/server/api-v1/route';
import { db } from '@/server/db/client';
import { otherMethods, parseBody, restRoute } from '@/server/http/rest';
import { endpointIdInput } from '@/server/integrations/schema';
import { deleteEndpoint } from '@/server/webhooks/endpoints';

export const DELETE = v1(
  'deleteWebhook',
  restRoute<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
    const { id } = parseBody(endpointIdInput, await params);
    return NextResponse.json(await deleteEndpoint(db, id));
  }),
);

export const { PUT, PATCH, POST, GET, HEAD } = v1Others(otherMethods(['DELETE']));
