// Zod schemas of the public API's answers, for the OpenAPI document and its contract test.
// Requests use the flows' own schemas; these describe what the shared services return, and
// contract-types.ts makes the compiler check each service's return type against them.
import { z } from 'zod';
import { recommendationSchema } from '@/domain/audit/recommendation';
import { WEBHOOK_EVENTS } from '@/server/integrations/events';
import { LEAD_KINDS, LEAD_STATUSES } from '@/server/leads/schema';

const range = z.object({ conservative: z.number(), expected: z.number() });
const nullableRange = z.object({ conservative: z.number().nullable(), expected: z.number().nullable() });
const assumption = z.object({ key: z.string(), label: z.string(), value: z.string() });

export const errorResponse = z
  .object({
    error: z.object({
      code: z.string().meta({ examples: ['VALIDATION_ERROR'] }),
      message: z.string(),
      details: z.record(z.string(), z.unknown()),
      timestamp: z.iso.datetime(),
    }),
  })
  .describe('The error body of every 4xx and 5xx answer.');

export const roiForecastResponse = z.object({
  currency: z.string(),
  processes: z.array(
    z.object({
      name: z.string(),
      processType: z.string(),
      weeklyHours: z.number(),
      annualHours: z.number(),
      automationShare: range,
      hoursSaved: range,
      estimated: z.boolean().optional().describe('Hours from the catalogue, not the visitor'),
    }),
  ),
  annualHoursSaved: range,
  annualSavings: range,
  implementationCost: range,
  annualMaintenance: range,
  paybackMonths: nullableRange,
  efficiencyPercent: range,
  threeYearRoiPercent: range,
  assumptions: z.array(assumption),
  pilot: z
    .object({
      name: z.string(),
      implementationCost: z.number(),
      annualSavings: z.number(),
      paybackMonths: z.number().nullable(),
    })
    .nullable()
    .optional()
    .describe('The cheapest start: one process alone'),
});

const confidenceLevel = z.enum(['high', 'medium', 'low']);

/** What a score rests on (docs/audit.md#confidence), beside the seed's fields. */
export const confidenceResponse = z.object({
  level: confidenceLevel,
  answered: z.number().int().describe('Maturity questions answered'),
  questions: z.number().int(),
  informedDimensions: z.number().int().describe('Dimensions with any evidence'),
  dimensions: z.number().int(),
  estimatedDimensions: z.array(z.string()).describe('Estimated from the industry benchmark: no evidence'),
  rule: z.string(),
  statement: z.string(),
  continueUrl: z.url().nullable().describe('When low: the wizard, resumed at the maturity questions'),
});

const dimensionScore = z.object({
  key: z.string(),
  label: z.string(),
  weight: z.number(),
  score: z.number().nullable(),
  evidence: z.number(),
  answers: z.number().int().optional(),
  signals: z.number().int().optional(),
  estimated: z.boolean().optional(),
  confidence: z.enum(['high', 'medium', 'low', 'estimated']).optional(),
});

const recommendation = recommendationSchema;
const recommendationsStatus = z.enum(['pending', 'streaming', 'complete', 'stopped', 'failed']);

export const auditSubmitResponse = z.object({
  auditId: z.uuid(),
  status: z.literal('completed'),
  maturityScore: z.number().int().min(0).max(100),
  tier: z.string(),
  confidence: confidenceResponse,
  dimensionScores: z.array(dimensionScore),
  continueUrl: z.url().nullable(),
  roiForecast: roiForecastResponse,
  recommendations: z
    .array(recommendation.partial())
    .describe('What was written before answering; the rest streams to the results page'),
  recommendationsStatus,
  modelUsed: z.string().nullable(),
  resultsUrl: z.url(),
  reportUrl: z.url(),
});

export const auditResultsResponse = z.object({
  auditData: z.object({
    id: z.uuid(),
    status: z.string(),
    industry: z.string().nullable(),
    industrySlug: z.string().nullable(),
    companySize: z.string().nullable(),
    employeeCount: z.number().int().nullable(),
    painPoints: z.array(z.string()),
    currentSystems: z.array(z.string()),
    kpis: z.array(z.string()),
    contactInfo: z.object({
      email: z.string().nullable().describe('Masked, e.g. c**@company.com'),
      phone: z.string().nullable().describe('Masked'),
      company: z.string().nullable(),
    }),
    configVersion: z.string().nullable(),
    createdAt: z.iso.datetime(),
    submittedAt: z.iso.datetime().nullable(),
  }),
  analysis: z
    .object({
      maturityScore: z.number().int(),
      tier: z.string(),
      tierSummary: z.string().nullable(),
      dimensionScores: z.array(dimensionScore),
      confidence: confidenceResponse.nullable(),
      roiForecast: roiForecastResponse,
      recommendations: z.array(recommendation),
      recommendationsStatus: z.string(),
      modelUsed: z.string().nullable(),
      generatedAt: z.iso.datetime(),
    })
    .nullable(),
  visualData: z
    .object({
      radar: z.array(
        z.object({
          dimension: z.string(),
          label: z.string(),
          score: z.number().nullable(),
          benchmark: z.number(),
          estimated: z.boolean().optional(),
        }),
      ),
      benchmark: z.object({
        industry: z.string(),
        source: z.enum(['configuration', 'completed-audits']),
        sampleSize: z.number().int().nullable(),
      }),
    })
    .nullable(),
  pdfUrl: z.url().nullable(),
});

export const contactSubmitResponse = z.object({
  inquiryId: z.uuid(),
  status: z.literal('new'),
  inquiryType: z.string(),
  receivedAt: z.iso.datetime(),
  respondBy: z.iso.datetime().describe('When sales will have acted on it at the latest'),
});

export const roiCalculatorResponse = z.object({
  potentialSavings: z.number(),
  implementationCost: z.number(),
  paybackPeriod: z.number().nullable().describe('Months; null when never paid back'),
  efficiency: z.number(),
  currency: z.string(),
  companySize: z.string(),
  ranges: z.record(z.string(), nullableRange),
  processes: z.array(
    z.object({
      name: z.string(),
      matched: z.object({ slug: z.string(), label: z.string() }).nullable(),
      weeklyHours: z.number(),
      estimated: z.boolean(),
    }),
  ),
  assumptions: z.array(assumption),
  cashflow: z.array(z.object({ month: z.number().int(), conservative: z.number(), expected: z.number() })),
});

export const apiLead = z.object({
  id: z.uuid(),
  kind: z.enum(LEAD_KINDS),
  name: z.string(),
  email: z.email(),
  company: z.string().nullable(),
  industry: z.string().nullable(),
  companySize: z.string().nullable(),
  maturityScore: z.number().int().nullable(),
  roiAnnualValue: z.number().int().nullable(),
  status: z.enum(LEAD_STATUSES),
  priority: z.number().int(),
  source: z.string(),
  campaign: z.string().nullable(),
  auditId: z.uuid().nullable(),
  inquiryId: z.uuid().nullable(),
  bookingId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const leadsPageResponse = z.object({
  data: z.array(apiLead),
  nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last page'),
});

export const webhookEndpointResponse = z.object({
  id: z.uuid(),
  url: z.url(),
  description: z.string().nullable(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  active: z.boolean(),
  createdAt: z.iso.datetime(),
});

export const webhookEndpointsResponse = z.object({ data: z.array(webhookEndpointResponse) });

export const webhookEndpointCreatedResponse = webhookEndpointResponse.extend({
  secret: z
    .string()
    .regex(/^whsec_/)
    .describe('The signing secret, shown only in this answer'),
});

export const deletedResponse = z.object({ id: z.uuid(), deleted: z.literal(true) });
