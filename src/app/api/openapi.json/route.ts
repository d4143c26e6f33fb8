// GET /api/openapi.json: the OpenAPI 3.1 document of the public API, generated from the zod schemas.
import { NextResponse } from 'next/server';
import { env } from '@/env';
import { buildOpenApiDocument } from '@/server/api-v1/openapi';
import { otherMethods } from '@/server/http/rest';

let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

export function GET() {
  cached ??= buildOpenApiDocument(env.SITE_URL);
  return NextResponse.json(cached, {
    headers: { 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' },
  });
}

export const { PUT, PATCH, DELETE, POST } = otherMethods(['GET']);
