// A realistic report input for tests and the render benchmark: the default configuration, a
// manufacturing company with answered maturity questions, and the playbook recommendations.
import type { AuditAnswers } from '../audit/answers';
import { evaluateAudit } from '../audit/evaluate';
import { makeAnswers, makeConfig } from '../audit/fixtures.test-support';
import type { ReportInput } from './compose';

export function makeReportInput(overrides: Partial<ReportInput> = {}, answers?: Partial<AuditAnswers>): ReportInput {
  const config = makeConfig();
  const maturity = Object.fromEntries(config.questions.map((q, i) => [q.key, i % 5]));
  const auditAnswers = makeAnswers({ maturity, ...answers });
  const evaluation = evaluateAudit(config, auditAnswers);
  return {
    config,
    answers: auditAnswers,
    dimensions: evaluation.maturity.dimensions,
    score: evaluation.maturity.overall,
    roi: evaluation.roi,
    visualData: evaluation.visualData,
    recommendations: evaluation.recommendations,
    company: 'Nordwerk Components GmbH',
    completedAt: new Date('2026-11-25T10:00:00Z'),
    resultsUrl: 'https://xteam.pro/audit/results/7f1c2a9e-1111-4b4b-9c9c-000000000001',
    continueUrl: 'https://xteam.pro/audit/continue/7f1c2a9e-1111-4b4b-9c9c-000000000001',
    siteUrl: 'https://xteam.pro',
    ...overrides,
  };
}
