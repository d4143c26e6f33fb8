// The deterministic recommendation engine: ranks the CMS playbooks against the visitor's
// answers; cards.ts writes the cards from the ranking, in the visitor's own words.
import type { AuditAnswers, Choice } from './answers';
import { normalizeKey } from './matching/fold';
import { composeCards, type PilotLead } from './cards';
import type { AuditConfig, DimensionKey, Playbook } from './config';

/** What the playbook engine needs of the configuration (also what an LLM is grounded on). */
export type PlaybookSource = Pick<AuditConfig, 'painPoints' | 'kpis' | 'playbooks'>;
import type { Recommendation } from './recommendation';
import type { DimensionScore } from './scoring';

export const RECOMMENDATION_COUNT = 5;

const STOP_WORDS = new Set([
  'and',
  'the',
  'with',
  'from',
  'into',
  'our',
  'your',
  'that',
  'this',
  'for',
  'too',
  'much',
  'many',
]);
const IMPACT_ORDER = { high: 0, medium: 1, low: 2 } as const;
const EFFORT_ORDER = { low: 0, medium: 1, high: 2 } as const;

/** Significant words, with a plural "s" dropped so "invoices" meets "invoice". */
function words(text: string): Set<string> {
  return new Set(
    normalizeKey(text)
      .split(' ')
      .filter((word) => word.length >= 4 && !STOP_WORDS.has(word))
      .map((word) => (word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word)),
  );
}

/** Catalogue pain points a free-text answer talks about (shared significant words). */
export function relatedPainPoints(config: PlaybookSource, text: string): string[] {
  const own = words(text);
  return config.painPoints.filter((p) => [...words(p.label)].some((word) => own.has(word))).map((p) => p.slug);
}

export interface Match {
  playbook: Playbook;
  score: number;
  painPoints: Choice[];
  systems: Choice[];
  kpis: Choice[];
}

function matchPlaybook(
  config: PlaybookSource,
  answers: AuditAnswers,
  playbook: Playbook,
  weakness: Map<DimensionKey, number>,
): Match {
  const painPoints = answers.painPoints.filter((choice) =>
    choice.slug
      ? playbook.painPoints.includes(choice.slug)
      : relatedPainPoints(config, choice.text).some((slug) => playbook.painPoints.includes(slug)),
  );
  const systems = answers.currentSystems.filter(
    (choice) => choice.slug !== null && playbook.systems.includes(choice.slug),
  );
  const kpis = answers.kpis.filter((choice) => choice.slug !== null && playbook.kpis.includes(choice.slug));
  const industry = playbook.industries.includes(answers.industry.slug) ? 1 : 0;
  const score =
    3 * painPoints.length + 2 * systems.length + 2 * industry + kpis.length + (weakness.get(playbook.dimension) ?? 0);
  return { playbook, score, painPoints, systems, kpis };
}

/** Weaker dimensions pull their playbooks up: +2 below 40, +1 below 60; estimates do not. */
function weaknessBonus(dimensions: DimensionScore[]): Map<DimensionKey, number> {
  return new Map(
    dimensions.map((d) => [d.key, d.score === null || d.estimated ? 0 : d.score < 40 ? 2 : d.score < 60 ? 1 : 0]),
  );
}

/** Every playbook scored against the answers, best first (ties: impact, effort, key). */
export function rankPlaybooks(config: PlaybookSource, answers: AuditAnswers, dimensions: DimensionScore[]): Match[] {
  const weakness = weaknessBonus(dimensions);
  return config.playbooks
    .map((playbook) => matchPlaybook(config, answers, playbook, weakness))
    .sort(
      (a, b) =>
        b.score - a.score ||
        IMPACT_ORDER[a.playbook.impact] - IMPACT_ORDER[b.playbook.impact] ||
        EFFORT_ORDER[a.playbook.effort] - EFFORT_ORDER[b.playbook.effort] ||
        a.playbook.key.localeCompare(b.playbook.key),
    );
}

/**
 * The recommendations: every pain point answered by a card (or merged into one, said so), the
 * cheapest pilot first when the numbers do not pay (see cards.ts).
 */
export function recommendFromPlaybooks(
  config: PlaybookSource,
  answers: AuditAnswers,
  dimensions: DimensionScore[],
  benchmarks: Partial<Record<DimensionKey, number>> = {},
  count = RECOMMENDATION_COUNT,
  pilot: PilotLead | null = null,
): Recommendation[] {
  return composeCards({
    config,
    answers,
    ranked: rankPlaybooks(config, answers, dimensions),
    dimensions,
    benchmarks,
    count,
    pilot,
  });
}
