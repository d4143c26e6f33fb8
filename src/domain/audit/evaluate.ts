// One audit, evaluated: maturity score and tier, ROI forecast, radar data and the playbook
// recommendations. Same answers + same configuration -> the same result, always.
import { forecastRoi, type RoiForecast } from '../roi/forecast';
import { pilotToLead } from '../roi/verdict';
import type { AuditAnswers } from './answers';
import type { AuditConfig } from './config';
import { recommendFromPlaybooks } from './playbooks';
import type { Recommendation } from './recommendation';
import { roiAssumptionsFor, roiProcessesFor } from './roi-inputs';
import { scoreMaturity, type MaturityScore } from './scoring';
import { buildVisualData, type ObservedBenchmark, type VisualData } from './visual-data';

export interface AuditEvaluation {
  maturity: MaturityScore;
  roi: RoiForecast;
  visualData: VisualData;
  recommendations: Recommendation[];
}

export function evaluateAudit(
  config: AuditConfig,
  answers: AuditAnswers,
  observed?: ObservedBenchmark | null,
): AuditEvaluation {
  const maturity = scoreMaturity(config, answers);
  const roi = forecastRoi(roiProcessesFor(config, answers), roiAssumptionsFor(config, answers.companySize.slug));
  const visualData = buildVisualData(config, answers.industry.slug, maturity.dimensions, observed);
  const benchmarks = Object.fromEntries(visualData.radar.map((point) => [point.dimension, point.benchmark]));
  const recommendations = recommendFromPlaybooks(
    config,
    answers,
    maturity.dimensions,
    benchmarks,
    undefined,
    pilotToLead(roi),
  );
  return { maturity, roi, visualData, recommendations };
}
