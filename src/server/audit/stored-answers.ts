// An audit row's answers in the engine's terms (what the wizard or the API stored).
import 'server-only';
import type { AuditAnswers, Choice } from '@/domain/audit/answers';
import type { Audit } from '@/server/db/generated/client';

export function answersFromAudit(audit: Audit): AuditAnswers {
  return {
    industry: { slug: audit.industry, text: audit.industryText ?? audit.industry },
    companySize: { slug: audit.companySize, employees: audit.employeeCount ?? 1 },
    painPoints: audit.painPoints as Choice[],
    currentSystems: audit.currentSystems as Choice[],
    kpis: audit.kpis as Choice[],
    maturity: audit.maturityAnswers as Record<string, number>,
  };
}
