// The deterministic recommendation engine: ranks the CMS playbooks against the visitor's
// answers and writes each recommendation's rationale from the visitor's own words.
import { normalizeKey, type AuditAnswers, type Choice } from './answers';
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

interface Match {
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

function quoteList(choices: Choice[]): string {
  const quoted = choices.map((c) => `“${c.text}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

function rationaleFor(match: Match, dimension: DimensionScore | undefined, benchmark: number | undefined): string {
  const parts: string[] = [];
  if (match.painPoints.length) {
    parts.push(
      `You told us ${quoteList(match.painPoints)} ${match.painPoints.length > 1 ? 'are' : 'is'} holding your teams back.`,
    );
  }
  if (match.systems.length) parts.push(`This builds on ${quoteList(match.systems)}, which you already run.`);
  if (match.kpis.length)
    parts.push(
      `It moves ${quoteList(match.kpis)}, the KPI${match.kpis.length > 1 ? 's' : ''} you said you are measured on.`,
    );
  if (dimension?.score != null) {
    const versus = benchmark !== undefined ? ` (industry benchmark ${benchmark})` : '';
    const is = dimension.estimated ? 'is estimated at' : 'is';
    parts.push(`Your ${dimension.label.toLowerCase()} score ${is} ${dimension.score}/100${versus}.`);
  }
  parts.push(match.playbook.summary);
  return parts.join(' ');
}

export function recommendFromPlaybooks(
  config: PlaybookSource,
  answers: AuditAnswers,
  dimensions: DimensionScore[],
  benchmarks: Partial<Record<DimensionKey, number>> = {},
  count = RECOMMENDATION_COUNT,
): Recommendation[] {
  const weakness = weaknessBonus(dimensions);
  const ranked = config.playbooks
    .map((playbook) => matchPlaybook(config, answers, playbook, weakness))
    .sort(
      (a, b) =>
        b.score - a.score ||
        IMPACT_ORDER[a.playbook.impact] - IMPACT_ORDER[b.playbook.impact] ||
        EFFORT_ORDER[a.playbook.effort] - EFFORT_ORDER[b.playbook.effort] ||
        a.playbook.key.localeCompare(b.playbook.key),
    );
  const chosen = ranked.slice(0, count);
  // The visitor's own words that no chosen playbook covers are still acknowledged, honestly.
  const covered = new Set(chosen.flatMap((match) => match.painPoints.map((choice) => choice.text)));
  const uncovered = answers.painPoints.filter((choice) => choice.slug === null && !covered.has(choice.text));
  return chosen.map((match, index) => {
    const dimension = dimensions.find((d) => d.key === match.playbook.dimension);
    const kpiLabels = match.kpis.length
      ? match.kpis.map((k) => k.text)
      : match.playbook.kpis.map((slug) => config.kpis.find((k) => k.slug === slug)?.label ?? slug);
    return {
      title: match.playbook.title,
      rationale:
        rationaleFor(match, dimension, benchmarks[match.playbook.dimension]) +
        (index === 0 && uncovered.length
          ? ` You also told us about ${quoteList(uncovered)}: we will look at it with you in your review call.`
          : ''),
      dimension: match.playbook.dimension,
      impact: match.playbook.impact,
      effort: match.playbook.effort,
      timeframe: match.playbook.timeframe,
      kpis: kpiLabels,
      firstStep: match.playbook.firstStep,
      playbook: match.playbook.key,
    };
  });
}
