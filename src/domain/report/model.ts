// The content of the PDF audit report as plain data: composed by compose.ts from an audit,
// drawn by the react-pdf document in src/server/reports/document.
import type { Recommendation } from '../audit/recommendation';
import type { RoiForecast } from '../roi/forecast';

export type DimensionStanding = 'ahead' | 'on par' | 'behind' | 'not assessed' | 'estimated';

export interface DimensionFinding {
  key: string;
  label: string;
  description: string;
  weight: number;
  score: number | null;
  benchmark: number;
  standing: DimensionStanding;
  /** One or two sentences on what the answers say. */
  finding: string;
  /** The visitor's own answers behind the score, weakest first. */
  evidence: Array<{ question: string; answer: string; level: number }>;
}

export interface RoadmapPhase {
  window: 'Days 1-30' | 'Days 31-60' | 'Days 61-90';
  goal: string;
  actions: Array<{ title: string; step: string }>;
}

/** A headline figure of the forecast: the expected value, the conservative one as its note. */
export interface HeadlineFigure {
  label: string;
  value: string;
  note: string;
}

export interface ReportModel {
  company: string;
  /** The person the report was prepared for: their name, else their email address. */
  preparedFor: string | null;
  date: string;
  industry: string;
  companySize: string;
  score: number;
  tier: string;
  tierSummary: string;
  /** Annual savings, payback and 3-year ROI, as the results page's "Expected" column (cover). */
  headline: HeadlineFigure[];
  /** How much the score rests on (src/domain/audit/confidence.ts). */
  confidence: { level: 'high' | 'medium' | 'low'; statement: string; invitation: string | null };
  benchmarkNote: string;
  summary: string[];
  dimensions: DimensionFinding[];
  roi: RoiForecast;
  recommendations: Recommendation[];
  roadmap: RoadmapPhase[];
  nextSteps: string[];
  resultsUrl: string;
  contact: { email: string; website: string };
}
