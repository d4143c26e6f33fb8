// From what a visitor or integrator sent to the engine's answers: catalogue matching, the
// company size as any range or head-count, and the visitor's own words kept beside both.
import 'server-only';
import { resolveCompanySize, resolveIndustry, toChoices, type AuditAnswers } from '@/domain/audit/answers';
import { MATCH_THRESHOLDS } from '@/domain/audit/matching/match';
import type { AuditConfig } from '@/domain/audit/config';
import { AppError } from '@/server/errors';
import type { Classifications } from './own-words';

export function companySizeOrError(config: AuditConfig, input: string | number): AuditAnswers['companySize'] {
  const size = resolveCompanySize(config, input);
  if (size) return size;
  throw new AppError('VALIDATION_ERROR', 'Invalid input data', {
    field: 'companySize',
    reason: 'Use a head-count such as 250 or a range such as 50-100 (whole people, at least 1)',
  });
}

/** Only questions of this configuration count; unknown keys are refused, not ignored. */
export function maturityOrError(config: AuditConfig, maturity: Record<string, number> = {}): Record<string, number> {
  const known = new Set(config.questions.map((q) => q.key));
  const unknown = Object.keys(maturity).find((key) => !known.has(key));
  if (unknown)
    throw new AppError('VALIDATION_ERROR', 'Invalid input data', {
      field: `maturity.${unknown}`,
      reason: 'Unknown question',
    });
  return maturity;
}

/** The industry in the visitor's words when they are not the catalogue label (kept for display). */
export function industryText(industry: AuditAnswers['industry']): string | null {
  return industry.said ?? (industry.slug === 'other' ? industry.text : null);
}

/** The answers; `given` holds what an LLM (or an earlier step) already decided for some words. */
export function toAnswers(
  config: AuditConfig,
  input: {
    industry: string;
    companySize: string | number;
    painPoints: string[];
    currentSystems: string[];
    kpis: string[];
    maturity?: Record<string, number>;
  },
  given: Classifications = {},
): AuditAnswers {
  return {
    industry: resolveIndustry(config, input.industry, given.industries),
    companySize: companySizeOrError(config, input.companySize),
    painPoints: toChoices(config.painPoints, input.painPoints, given.painPoints, MATCH_THRESHOLDS.painPoints),
    currentSystems: toChoices(config.systems, input.currentSystems, given.systems, MATCH_THRESHOLDS.systems),
    kpis: toChoices(config.kpis, input.kpis, given.kpis, MATCH_THRESHOLDS.kpis),
    maturity: maturityOrError(config, input.maturity),
  };
}
