// Loads what the report needs from the database and composes its content.
import 'server-only';
import { completeRecommendations } from '@/domain/audit/recommendation';
import type { DimensionScore } from '@/domain/audit/scoring';
import type { VisualData } from '@/domain/audit/visual-data';
import { composeReport } from '@/domain/report/compose';
import type { ReportModel } from '@/domain/report/model';
import type { RoiForecast } from '@/domain/roi/forecast';
import { configByVersion, currentAuditConfig } from '@/server/audit/config-source';
import { answersFromAudit } from '@/server/audit/stored-answers';
import { continueUrl, resultsUrl } from '@/server/audit/urls';
import { siteOrigin } from '@/server/content/site-url';
import type { Db } from '@/server/db/client';

/** Recommendations still being written: the report waits for them. */
export class ReportNotReadyError extends Error {
  override name = 'ReportNotReadyError';
}

export async function loadReportModel(db: Db, auditId: string): Promise<ReportModel | null> {
  const audit = await db.audit.findUnique({ where: { id: auditId }, include: { result: true } });
  if (!audit?.result || audit.status !== 'completed') return null;
  const result = audit.result;
  if (result.recommendationsStatus === 'pending' || result.recommendationsStatus === 'streaming') {
    throw new ReportNotReadyError(`recommendations of ${auditId} are ${result.recommendationsStatus}`);
  }
  const config =
    (audit.configVersion ? await configByVersion(db, audit.configVersion) : null) ??
    (await currentAuditConfig(db)).config;
  const contact = audit.contactInfo as { company?: string; name?: string };
  return composeReport({
    config,
    answers: answersFromAudit(audit),
    dimensions: result.dimensionScores as unknown as DimensionScore[],
    score: result.maturityScore,
    roi: result.roiForecast as unknown as RoiForecast,
    visualData: result.visualData as unknown as VisualData,
    recommendations: completeRecommendations(result.recommendations),
    company: contact.company ?? null,
    contactName: contact.name ?? null,
    contactEmail: audit.contactEmail,
    completedAt: audit.submittedAt ?? result.generatedAt,
    resultsUrl: resultsUrl(auditId),
    continueUrl: continueUrl(auditId),
    siteUrl: siteOrigin(),
  });
}
