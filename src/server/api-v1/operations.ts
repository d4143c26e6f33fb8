// Every operation of the public API v1, described once from the flows' own zod schemas: the
// OpenAPI document (openapi.ts), the reference at /developers and the contract test read this.
import type { z } from 'zod';
import { auditIdInput, auditSubmitRequest } from '@/server/audit/schema';
import { contactSubmitRequest } from '@/server/contact/schema';
import type { ApiScope } from '@/server/integrations/scopes';
import { apiLeadsQuery } from '@/server/leads/api-schema';
import { createEndpointInput, endpointIdInput } from '@/server/integrations/schema';
import { roiCalculatorInput } from '@/server/roi/schema';
import {
  auditResultsResponse,
  auditSubmitResponse,
  contactSubmitResponse,
  deletedResponse,
  leadsPageResponse,
  roiCalculatorResponse,
  webhookEndpointCreatedResponse,
  webhookEndpointsResponse,
} from './responses';

export const API_PREFIX = '/api/v1';

export interface ApiOperation {
  operationId: string;
  method: 'get' | 'post' | 'delete';
  /** Under /api/v1; `{id}` for path parameters. */
  path: string;
  /** The seed's unversioned path answering the same (same handler), if any. */
  alias?: string;
  tag: 'Audits' | 'Contact' | 'ROI' | 'Leads' | 'Webhooks';
  summary: string;
  description: string;
  /** none: anonymous only; optional: anonymous or a key (then scoped and counted); required. */
  auth: 'none' | 'optional' | 'required';
  scope?: ApiScope;
  body?: z.ZodType;
  params?: z.ZodObject;
  query?: z.ZodType;
  success: { status: 200 | 201; description: string; schema: z.ZodType; component: string };
  /** Error statuses it may answer besides 429 and 500, which every operation may. */
  errors: number[];
}

export const API_OPERATIONS: ApiOperation[] = [
  {
    operationId: 'submitAudit',
    method: 'post',
    path: '/audit/submit',
    alias: '/api/audit/submit',
    tag: 'Audits',
    summary: 'Submit an audit',
    description:
      'Scores the answers, forecasts ROI and writes recommendations; the PDF report renders in the background ' +
      '(the report.ready webhook tells when). Free-text industries, pain points, systems and KPIs are kept verbatim.',
    auth: 'optional',
    scope: 'audits:write',
    body: auditSubmitRequest,
    success: {
      status: 201,
      description: 'The scored audit',
      schema: auditSubmitResponse,
      component: 'AuditSubmission',
    },
    errors: [400, 401, 403, 413, 415],
  },
  {
    operationId: 'getAuditResults',
    method: 'get',
    path: '/audit/results/{id}',
    alias: '/api/audit/results/{id}',
    tag: 'Audits',
    summary: 'Read an audit’s results',
    description: 'The answers (contact email and phone masked), the analysis, chart data and the report link.',
    auth: 'optional',
    scope: 'audits:read',
    params: auditIdInput,
    success: {
      status: 200,
      description: 'The audit’s results',
      schema: auditResultsResponse,
      component: 'AuditResults',
    },
    errors: [400, 401, 403, 404],
  },
  {
    operationId: 'submitContact',
    method: 'post',
    path: '/contact/submit',
    alias: '/api/contact/submit',
    tag: 'Contact',
    summary: 'Send a contact inquiry',
    description: 'Creates an inquiry and its lead; sales follow up by respondBy. Rate-limited per address and email.',
    auth: 'none',
    body: contactSubmitRequest,
    success: { status: 201, description: 'The inquiry', schema: contactSubmitResponse, component: 'ContactSubmission' },
    errors: [400, 413, 415],
  },
  {
    operationId: 'calculateRoi',
    method: 'post',
    path: '/calculator/roi',
    alias: '/api/calculator/roi',
    tag: 'ROI',
    summary: 'Calculate ROI',
    description: 'The pricing page’s calculator, on the audit’s ROI engine. Hours are per week, keyed by process name.',
    auth: 'none',
    body: roiCalculatorInput,
    success: {
      status: 200,
      description: 'The calculation',
      schema: roiCalculatorResponse,
      component: 'RoiCalculation',
    },
    errors: [400, 413, 415],
  },
  {
    operationId: 'listLeads',
    method: 'get',
    path: '/leads',
    tag: 'Leads',
    summary: 'List leads (incremental sync)',
    description:
      'Leads in the order they last changed (oldest first), filtered like the admin list. For incremental CRM ' +
      'sync pass updated_since (the last updatedAt you stored) and follow nextCursor until it is null.',
    auth: 'required',
    scope: 'leads:read',
    query: apiLeadsQuery,
    success: { status: 200, description: 'One page of leads', schema: leadsPageResponse, component: 'LeadsPage' },
    errors: [400, 401, 403],
  },
  {
    operationId: 'listWebhooks',
    method: 'get',
    path: '/webhooks',
    tag: 'Webhooks',
    summary: 'List webhook endpoints',
    description: 'Every registered receiver (admins’ and integrators’), without secrets.',
    auth: 'required',
    scope: 'webhooks:manage',
    success: {
      status: 200,
      description: 'The endpoints',
      schema: webhookEndpointsResponse,
      component: 'WebhookEndpoints',
    },
    errors: [401, 403],
  },
  {
    operationId: 'createWebhook',
    method: 'post',
    path: '/webhooks',
    tag: 'Webhooks',
    summary: 'Register a webhook endpoint',
    description:
      'Registers a receiver for the events listed. The URL must resolve to public addresses (400 otherwise). ' +
      'The answer carries the signing secret, shown only once.',
    auth: 'required',
    scope: 'webhooks:manage',
    body: createEndpointInput,
    success: {
      status: 201,
      description: 'The endpoint and its secret',
      schema: webhookEndpointCreatedResponse,
      component: 'WebhookEndpointCreated',
    },
    errors: [400, 401, 403, 413, 415],
  },
  {
    operationId: 'deleteWebhook',
    method: 'delete',
    path: '/webhooks/{id}',
    tag: 'Webhooks',
    summary: 'Delete a webhook endpoint',
    description: 'Removes the receiver and its delivery log; queued deliveries are dropped.',
    auth: 'required',
    scope: 'webhooks:manage',
    params: endpointIdInput,
    success: { status: 200, description: 'Deleted', schema: deletedResponse, component: 'Deleted' },
    errors: [400, 401, 403, 404],
  },
];
