// The OpenAPI 3.1 document of the public API, generated from the operations' zod schemas with
// zod's own JSON Schema output (z.toJSONSchema, draft 2020-12 as OpenAPI 3.1 uses).
import { z } from 'zod';
import { API_SCOPES, SCOPE_LABELS } from '@/server/integrations/scopes';
import { EVENT_DATA, WEBHOOK_EVENTS } from '@/server/integrations/events';
import { API_OPERATIONS, API_PREFIX, type ApiOperation } from './operations';
import { errorResponse } from './responses';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return rest as JsonSchema;
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; details.field names the field',
  401: 'Missing, malformed, unknown or revoked key',
  403: 'The key lacks the scope',
  404: 'Not found',
  413: 'Body too large',
  415: 'Body is not JSON',
  429: 'Rate limited; Retry-After says when to try again',
  500: 'Unexpected error',
};

function parameters(op: ApiOperation) {
  const list: JsonSchema[] = [];
  const add = (schema: z.ZodType | undefined, where: 'path' | 'query') => {
    if (!schema) return;
    const object = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      const { description, ...rest } = property;
      list.push({
        name,
        in: where,
        required: where === 'path' || (object.required ?? []).includes(name),
        ...(typeof description === 'string' ? { description } : {}),
        schema: rest,
      });
    }
  };
  add(op.params, 'path');
  add(op.query, 'query');
  return list;
}

function operation(op: ApiOperation) {
  const security =
    op.auth === 'none' ? [] : op.auth === 'optional' ? [{}, { apiKey: [op.scope] }] : [{ apiKey: [op.scope] }];
  const responses: Record<string, unknown> = {
    [op.success.status]: {
      description: op.success.description,
      headers: { 'API-Version': { $ref: '#/components/headers/ApiVersion' } },
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${op.success.component}` } } },
    },
  };
  for (const status of [...op.errors, 429, 500]) {
    responses[status] = {
      description: ERROR_DESCRIPTIONS[status] ?? 'Error',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  const alias = op.alias ? ` Also answered at \`${op.alias}\` (the seed's unversioned path).` : '';
  const scope = op.scope ? ` Scope: \`${op.scope}\`${op.auth === 'optional' ? ' when a key is sent' : ''}.` : '';
  return {
    operationId: op.operationId,
    summary: op.summary,
    description: `${op.description}${scope}${alias}`,
    tags: [op.tag],
    security,
    ...(op.params || op.query ? { parameters: parameters(op) } : {}),
    ...(op.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } } }
      : {}),
    responses,
  };
}

const DESCRIPTION = `The public API of XTeam.Pro: submit and read audits, send inquiries, calculate ROI and
sync leads into a CRM. Every error answers \`{"error":{"code","message","details","timestamp"}}\`.

## Authentication
Send an integration key (created by an admin at /admin/integrations) as \`Authorization: Bearer <key>\`.
Each key has scopes and its own rate limit (429 with Retry-After past it).

## Versioning and deprecation
The version is in the path (\`/api/v1\`) and in the \`API-Version\` header of every answer. Within a
version changes are additive only (new optional fields, new operations, new events). A breaking change
ships as a new version; the old one is then announced with \`Deprecation\` and \`Sunset\` headers and a
\`Link\` to its successor, and keeps answering for at least six months after the deprecation date.

## Webhooks
Admins register endpoints for events. Each delivery is a POST of \`{ "type", "timestamp", "data" }\`
signed per the Standard Webhooks specification (headers webhook-id, webhook-timestamp and
webhook-signature: \`v1,\` + base64 HMAC-SHA256 of \`id.timestamp.body\` with the base64-decoded part of
the \`whsec_\` secret). Non-2xx answers are retried with exponential backoff for a day.`;

export function buildOpenApiDocument(siteUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of API_OPERATIONS) {
    const key = `${API_PREFIX}${op.path}`;
    paths[key] = { ...paths[key], [op.method]: operation(op) };
  }
  const schemas: Record<string, JsonSchema> = { Error: jsonSchema(errorResponse, 'output') };
  for (const op of API_OPERATIONS) schemas[op.success.component] = jsonSchema(op.success.schema, 'output');
  const webhooks: Record<string, unknown> = {};
  for (const event of WEBHOOK_EVENTS) {
    webhooks[event] = {
      post: {
        operationId: `webhook_${event.replace('.', '_')}`,
        summary: `The ${event} event`,
        tags: ['Webhooks'],
        security: [],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: jsonSchema(
                z.object({ type: z.literal(event), timestamp: z.iso.datetime(), data: EVENT_DATA[event] }),
                'output',
              ),
            },
          },
        },
        responses: { '200': { description: 'Any 2xx acknowledges the delivery; anything else is retried' } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'XTeam.Pro API',
      version: '1.0.0',
      description: DESCRIPTION,
      contact: { name: 'XTeam.Pro', url: `${siteUrl}/contact` },
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: siteUrl }],
    tags: [
      { name: 'Audits', description: 'The AI business-process audit' },
      { name: 'Contact', description: 'Inquiries for sales' },
      { name: 'ROI', description: 'The ROI calculator' },
      { name: 'Leads', description: 'Leads for CRM sync (needs a key)' },
      { name: 'Webhooks', description: 'Receivers of signed events: register them, and the events they get' },
    ],
    paths,
    webhooks,
    components: {
      schemas,
      headers: {
        ApiVersion: { description: 'The API version that answered', schema: { type: 'string', examples: ['v1'] } },
      },
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description: `An integration key. Scopes: ${API_SCOPES.map((s) => `\`${s}\` (${SCOPE_LABELS[s]})`).join(', ')}.`,
        },
      },
    },
  };
}
