// Compile-time link between the services and the documented answers: if a service's return
// type stops fitting its response schema, `npm run typecheck` fails here (the contract test
// checks the same at run time against the served document).
import type { z } from 'zod';
import type { getAuditResults, presentSubmission } from '@/server/audit/results';
import type { SubmittedInquiry } from '@/server/contact/service';
import type { listLeadsForApi } from '@/server/leads/api';
import type { calculateForRequest } from '@/server/roi/service';
import type { deleteEndpoint, presentEndpoint } from '@/server/webhooks/endpoints';
import type {
  auditResultsResponse,
  auditSubmitResponse,
  contactSubmitResponse,
  deletedResponse,
  leadsPageResponse,
  roiCalculatorResponse,
  webhookEndpointResponse,
} from './responses';

type Fits<Actual extends Documented, Documented> = [Actual, Documented];

export type ResponseContracts = [
  Fits<ReturnType<typeof presentSubmission>, z.input<typeof auditSubmitResponse>>,
  Fits<Awaited<ReturnType<typeof getAuditResults>>, z.input<typeof auditResultsResponse>>,
  Fits<SubmittedInquiry, z.input<typeof contactSubmitResponse>>,
  Fits<Awaited<ReturnType<typeof calculateForRequest>>, z.input<typeof roiCalculatorResponse>>,
  Fits<Awaited<ReturnType<typeof listLeadsForApi>>, z.input<typeof leadsPageResponse>>,
  Fits<ReturnType<typeof presentEndpoint>, Omit<z.input<typeof webhookEndpointResponse>, 'events'>>,
  Fits<Awaited<ReturnType<typeof deleteEndpoint>>, z.input<typeof deletedResponse>>,
];
