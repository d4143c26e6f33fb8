// What an integration key may do on the public API v1. Pure, shared by the admin form and the API.
import { z } from 'zod';

export const API_SCOPES = ['leads:read', 'audits:read', 'audits:write', 'webhooks:manage'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const SCOPE_LABELS: Record<ApiScope, string> = {
  'leads:read': 'Read leads (incremental CRM sync)',
  'audits:read': 'Read audit results',
  'audits:write': 'Submit audits',
  'webhooks:manage': 'Manage webhook endpoints',
};

export const scopesSchema = z
  .array(z.enum(API_SCOPES, 'Unknown scope'))
  .min(1, 'Choose at least one scope')
  .transform((scopes) => [...new Set(scopes)]);
