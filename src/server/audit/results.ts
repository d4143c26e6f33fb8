// What the public may see of an audit: the seed's response shapes, with the contact's email
// and phone masked. Reachable only through the audit's unguessable id.
import 'server-only';
import type { Choice } from '@/domain/audit/answers';
import type { Recommendation } from '@/domain/audit/recommendation';
import type { DimensionScore } from '@/domain/audit/scoring';
import type { RoiForecast } from '@/domain/roi/forecast';
import type { VisualData } from '@/domain/audit/visual-data';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { maskEmail, maskPhone } from '@/server/logging/mask';
import type { SubmittedAudit } from './submit';
import { configByVersion } from './config-source';
import { reportUrl, resultsUrl } from './urls';
import { confidenceView } from './confidence-view';

import { defaultAuditConfig } from '@/domain/audit/default-config';

/** A result whose snapshot is gone counts the built-in configuration's questions. */
const MATURITY_QUESTIONS_FALLBACK = defaultAuditConfig.questions.length;
import { tierFor } from '@/domain/audit/scoring';

export function presentSubmission({
  auditId,
  evaluation,
  recommendations,
  recommendationsStatus,
  modelUsed,
}: SubmittedAudit) {
  const confidence = confidenceView(auditId, evaluation.maturity.dimensions, evaluation.maturity.confidence.questions);
  return {
    auditId,
    status: 'completed' as const,
    maturityScore: evaluation.maturity.overall,
    tier: evaluation.maturity.tier.label,
    // Beside the seed's fields: what the score rests on, per dimension and overall.
    confidence,
    dimensionScores: evaluation.maturity.dimensions,
    continueUrl: confidence.continueUrl,
    roiForecast: evaluation.roi,
    recommendations,
    recommendationsStatus,
    modelUsed,
    resultsUrl: resultsUrl(auditId),
    // Rendered in the background; the link renders it on demand if it is not there yet.
    reportUrl: reportUrl(auditId),
  };
}

type ContactInfo = { email?: string; phone?: string; company?: string };

export async function getAuditResults(db: Db, id: string) {
  const audit = await db.audit.findUnique({ where: { id }, include: { result: true } });
  if (!audit || audit.status === 'draft')
    throw new AppError('NOT_FOUND', 'No audit results at this address', { field: 'id' });
  const contact = audit.contactInfo as ContactInfo;
  const texts = (choices: unknown) => (choices as Choice[]).map((c) => c.text);
  const result = audit.result;
  const config = result && audit.configVersion ? await configByVersion(db, audit.configVersion) : null;
  const dimensionScores = (result?.dimensionScores ?? []) as unknown as DimensionScore[];
  const confidence = result
    ? confidenceView(audit.id, dimensionScores, config?.questions.length ?? MATURITY_QUESTIONS_FALLBACK)
    : null;
  return {
    auditData: {
      id: audit.id,
      status: audit.status,
      industry: audit.industryText ?? audit.industry,
      industrySlug: audit.industry,
      companySize: audit.companySize,
      employeeCount: audit.employeeCount,
      painPoints: texts(audit.painPoints),
      currentSystems: texts(audit.currentSystems),
      kpis: texts(audit.kpis),
      contactInfo: {
        email: contact.email ? maskEmail(contact.email) : null,
        phone: contact.phone ? maskPhone(contact.phone) : null,
        company: contact.company ?? null,
      },
      configVersion: audit.configVersion,
      createdAt: audit.createdAt.toISOString(),
      submittedAt: audit.submittedAt?.toISOString() ?? null,
    },
    analysis: result
      ? {
          maturityScore: result.maturityScore,
          tier: result.tier,
          tierSummary: config ? tierFor(config, result.maturityScore).summary : null,
          dimensionScores,
          confidence,
          roiForecast: result.roiForecast as unknown as RoiForecast,
          recommendations: result.recommendations as unknown as Recommendation[],
          recommendationsStatus: result.recommendationsStatus,
          modelUsed: result.modelUsed,
          generatedAt: result.generatedAt.toISOString(),
        }
      : null,
    visualData: (result?.visualData ?? null) as VisualData | null,
    pdfUrl: audit.status === 'completed' && result ? reportUrl(audit.id) : null,
  };
}

export type AuditResults = Awaited<ReturnType<typeof getAuditResults>>;
