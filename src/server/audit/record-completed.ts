// Writes an audit that was scored and given its recommendations within its request (the REST
// API with the built-in model): the audit, its result, its lead and the job that follows it up
// (report, emails, webhooks) in ONE statement on the raw pool. A statement is atomic, so all of
// it exists or none of it does, in one round trip and with no ORM query compilation: the
// submit path of issue 24 (docs/performance.md).
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { AuditAnswers } from '@/domain/audit/answers';
import type { AuditEvaluation } from '@/domain/audit/evaluate';
import type { Recommendation } from '@/domain/audit/recommendation';
import type { Prisma } from '@/server/db/generated/client';
import { pool } from '@/server/db/pool';
import { jobInsert } from '@/server/jobs/enqueue';
import { QUEUES } from '@/server/jobs/queues';
import { auditLeadFields } from '@/server/leads/record';
import { industryText } from './normalize';

export interface CompletedAudit {
  answers: AuditAnswers;
  contactInfo: { email: string } & Record<string, unknown>;
  source: 'api' | 'wizard';
  currentStep: number;
  configVersion: string;
  evaluation: AuditEvaluation;
  recommendations: Recommendation[];
  modelUsed: string;
}

const json = (value: unknown) => JSON.stringify(value);

/** The audit, then its result and its lead from the audit's row; pg-boss's job insert follows. */
const INSERT_AUDIT = `
  WITH audit AS (
    INSERT INTO audits (id, industry, industry_text, company_size, company_size_text, employee_count, pain_points,
                        current_systems, kpis, maturity_answers, contact_info, contact_email, status, source,
                        current_step, config_version, created_at, updated_at, submitted_at)
    VALUES ($1::uuid, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9::jsonb, $10::jsonb, $11::jsonb, $12, 'completed',
            $13, $14, $15, $16, $16, $16)
    RETURNING id),
  result AS (
    INSERT INTO audit_results (audit_id, maturity_score, tier, dimension_scores, roi_forecast, recommendations,
                               recommendations_status, model_used, recommendations_at, visual_data, generated_at)
    SELECT id, $17, $18, $19::jsonb, $20::jsonb, $21::jsonb, 'complete', $22, $16, $23::jsonb, $16 FROM audit),
  lead AS (
    INSERT INTO leads (kind, audit_id, name, email, company, industry, company_size, maturity_score,
                       roi_annual_value, priority, source, campaign, created_at, updated_at)
    SELECT 'audit', id, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $16, $16 FROM audit)`;

/** Shifts a statement's parameters ($1 -> $n+1) to follow `offset` parameters of another. */
const shiftParameters = (text: string, offset: number) =>
  text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);

/** Returns the new audit's id once everything is committed. */
export async function recordCompletedAudit(audit: CompletedAudit): Promise<string> {
  const { answers, evaluation } = audit;
  const auditId = randomUUID();
  const now = new Date();
  const lead = auditLeadFields(
    {
      industry: answers.industry.slug,
      companySize: answers.companySize.slug,
      employeeCount: answers.companySize.employees,
      contactInfo: audit.contactInfo as Prisma.JsonValue,
      contactEmail: audit.contactInfo.email,
      maturityAnswers: answers.maturity,
      utm: {},
      referrer: null,
      createdAt: now,
    },
    { maturityScore: evaluation.maturity.overall, roiForecast: evaluation.roi as unknown as Prisma.JsonValue },
    [],
  );
  const values: unknown[] = [
    auditId,
    answers.industry.slug,
    industryText(answers.industry),
    answers.companySize.slug,
    answers.companySize.text ?? null,
    answers.companySize.employees,
    json(answers.painPoints),
    json(answers.currentSystems),
    json(answers.kpis),
    json(answers.maturity),
    json(audit.contactInfo),
    audit.contactInfo.email,
    audit.source,
    audit.currentStep,
    audit.configVersion,
    now,
    evaluation.maturity.overall,
    evaluation.maturity.tier.label,
    json(evaluation.maturity.dimensions),
    json(evaluation.roi),
    json(audit.recommendations),
    audit.modelUsed.slice(0, 1000),
    json(evaluation.visualData),
    lead.name,
    lead.email,
    lead.company ?? null,
    lead.industry ?? null,
    lead.companySize ?? null,
    lead.maturityScore ?? null,
    lead.roiAnnualValue ?? null,
    lead.priority ?? 0,
    lead.source ?? 'direct',
    lead.campaign ?? null,
  ];
  const job = await jobInsert(QUEUES.followUpAudit, { auditId, announce: true }, { singletonKey: auditId });
  const text = `${INSERT_AUDIT},
  follow_up AS (${shiftParameters(job.text, values.length)})
  SELECT id FROM audit`;
  await pool.query(text, [...values, ...job.values]);
  return auditId;
}
