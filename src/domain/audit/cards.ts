// Recommendation cards that answer the visitor, from the ranked playbooks: every pain point
// named (chosen or typed) is answered by exactly one card, or merged into one that says so; each
// pain point is quoted once, in that card; no two cards open alike (first five words) or share
// a title; typed pain points no playbook fits get a discovery card instead of being deferred;
// when the numbers do not pay, the cheapest pilot leads. Pure and deterministic.
import type { AuditAnswers, Choice } from './answers';
import type { DimensionKey } from './config';
import type { Match, PlaybookSource } from './playbooks';
import type { Recommendation } from './recommendation';
import type { DimensionScore } from './scoring';

/** The cheapest pilot to lead with (the ROI forecast's `pilot` when the whole plan does not pay). */
export interface PilotLead {
  name: string;
  implementationCost: number;
  paybackMonths: number | null;
  currency: string;
}

interface CardsInput {
  config: PlaybookSource;
  answers: AuditAnswers;
  ranked: Match[];
  dimensions: DimensionScore[];
  benchmarks: Partial<Record<DimensionKey, number>>;
  count: number;
  pilot: PilotLead | null;
}

interface Plan {
  kind: 'pilot' | 'playbook' | 'discovery';
  match?: Match;
  /** The pain points this card answers (quoted in its opening). */
  pains: Choice[];
  /** Pain points merged into this card for want of room (quoted once, here). */
  merged: Choice[];
}

/** Openings, one per card position, that differ within their first words. */
const OPENINGS = [
  (clause: string) => `You told us ${clause}.`,
  (clause: string) => `From your answers: ${clause}.`,
  (clause: string) => `This card starts where you did: ${clause}.`,
  (clause: string) => `In your own words, ${clause}.`,
  (clause: string) => `What we heard: ${clause}.`,
  (clause: string) => `Your audit says ${clause}.`,
  (clause: string) => `As you put it, ${clause}.`,
  (clause: string) => `Noted from your answers: ${clause}.`,
];

const same = (a: Choice, b: Choice) => a.text === b.text && a.slug === b.slug;
const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);
const money = (value: number, currency: string) => `${currency} ${Math.round(value).toLocaleString('en-US')}`;

/** The visitor's own words for a choice: what they typed, even when it matched a catalogue entry. */
const said = (choice: Choice) => choice.said ?? choice.text;

export function quoteList(choices: readonly Choice[]): string {
  const quoted = choices.map((c) => `“${said(c)}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

const plainList = (choices: readonly Choice[]) => {
  const names = choices.map((c) => c.text);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
};
const verb = (choices: readonly Choice[]) => (choices.length > 1 ? 'are' : 'is');

/** Which cards to write, and which pain points each answers. */
function planCards({ answers, ranked, count, pilot }: CardsInput): Plan[] {
  const pilotPain = pilot ? answers.painPoints.find((c) => c.text === pilot.name) : undefined;
  const plans: Plan[] = pilot ? [{ kind: 'pilot', pains: pilotPain ? [pilotPain] : [], merged: [] }] : [];
  if (pilot && pilotPain) plans[0]!.match = ranked.find((m) => m.painPoints.some((c) => same(c, pilotPain)));
  const pains = answers.painPoints.filter((c) => !pilotPain || !same(c, pilotPain));

  // Each pain point goes to the best-ranked playbook that answers it.
  const owners = new Map<Match, Choice[]>();
  const unmatched: Choice[] = [];
  for (const pain of pains) {
    const owner = ranked.find((m) => m.painPoints.some((c) => same(c, pain)));
    if (owner) owners.set(owner, [...(owners.get(owner) ?? []), pain]);
    else unmatched.push(pain);
  }
  const slots = Math.max(1, count - plans.length);
  const discovery: Plan | null = unmatched.length ? { kind: 'discovery', pains: unmatched, merged: [] } : null;
  const needed = ranked.filter((m) => owners.has(m));
  const room = Math.max(0, slots - (discovery ? 1 : 0));
  const kept: Plan[] = needed
    .slice(0, room)
    .map((m) => ({ kind: 'playbook', match: m, pains: owners.get(m)!, merged: [] }));

  // No room left: the pain points of the playbooks left out are merged into a card of the same
  // dimension, else the first one; the card says so.
  const targets = [...kept, ...(discovery ? [discovery] : []), ...plans];
  for (const dropped of needed.slice(room)) {
    const target = kept.find((plan) => plan.match?.playbook.dimension === dropped.playbook.dimension) ?? targets[0]!;
    target.merged.push(...owners.get(dropped)!);
  }
  const fillers = ranked
    .filter((m) => !owners.has(m) && m !== plans[0]?.match)
    .slice(0, Math.max(0, room - kept.length))
    .map((m): Plan => ({ kind: 'playbook', match: m, pains: [], merged: [] }));
  return [...plans, ...kept, ...(discovery ? [discovery] : []), ...fillers];
}

/** The visitor's words a card opens with: its pain points, else a system or KPI not quoted yet. */
function openingClause(plan: Plan, answers: AuditAnswers, quoted: Set<string>, index: number): string | null {
  if (plan.pains.length) return `${quoteList(plan.pains)} ${verb(plan.pains)} slowing your teams down`;
  const fresh = (choices: readonly Choice[]) => choices.find((c) => !quoted.has(said(c)));
  const systems = plan.match?.systems ?? [];
  const kpis = plan.match?.kpis ?? [];
  const system = fresh(systems) ?? fresh(answers.currentSystems);
  if (system && (systems.includes(system) || !fresh(kpis))) {
    quoted.add(said(system));
    return `“${said(system)}” is already running, and this builds on it`;
  }
  const kpi = fresh(kpis) ?? fresh(answers.kpis) ?? kpis[0] ?? answers.kpis[index % Math.max(1, answers.kpis.length)];
  if (!kpi) return null;
  quoted.add(said(kpi));
  return `“${said(kpi)}” is what you are measured on, and this moves it`;
}

function scoreSentence(key: DimensionKey, dimensions: DimensionScore[], benchmarks: CardsInput['benchmarks']) {
  const dimension = dimensions.find((d) => d.key === key);
  if (dimension?.score == null) return '';
  const versus = benchmarks[key] !== undefined ? ` (industry benchmark ${benchmarks[key]})` : '';
  const is = dimension.estimated ? 'is estimated at' : 'is';
  return ` Your ${dimension.label.toLowerCase()} score ${is} ${dimension.score}/100${versus}.`;
}

function kpiLabels(input: CardsInput, match: Match | undefined): string[] {
  if (match?.kpis.length) return match.kpis.map((k) => k.text);
  if (match) return match.playbook.kpis.map((slug) => input.config.kpis.find((k) => k.slug === slug)?.label ?? slug);
  return input.answers.kpis.length ? input.answers.kpis.slice(0, 3).map((k) => k.text) : ['Hours saved per week'];
}

function pilotCard(input: CardsInput, plan: Plan, pilot: PilotLead): Recommendation {
  const playbook = plan.match?.playbook;
  const words = plan.pains[0] ? said(plan.pains[0]) : pilot.name;
  const payback =
    pilot.paybackMonths === null
      ? ', and on the hours we could count it would not pay back either: measure the real hours first, the figures change with them.'
      : ` and would pay back in about ${pilot.paybackMonths} months; measure the real hours it saves before committing to more.`;
  const approach = playbook ? ` Use the “${playbook.title}” approach for it: ${playbook.summary}` : '';
  return {
    title: shorten(`Start with one pilot: ${pilot.name}`, 140),
    rationale: shorten(
      `Honestly, automating every process at once does not pay off on these numbers. A pilot on “${words}” alone costs about ${money(pilot.implementationCost, pilot.currency)}${payback}${approach}${mergedSentence(plan)}`,
      1200,
    ),
    dimension: playbook?.dimension ?? 'process',
    impact: 'medium',
    effort: 'low',
    timeframe: '6-8 weeks',
    kpis: kpiLabels(input, plan.match),
    firstStep: shorten(
      `Log the real hours “${words}” takes for two weeks, then automate that one process and compare.`,
      400,
    ),
    playbook: playbook?.key ?? null,
  };
}

function discoveryCard(input: CardsInput, plan: Plan, opening: string): Recommendation {
  const [first] = plan.pains;
  const it = plan.pains.length > 1 ? 'them' : 'it';
  return {
    title: shorten(
      plan.pains.length === 1 ? `Map and automate “${said(first!)}”` : 'Map and automate the work you described',
      140,
    ),
    rationale: shorten(
      `${opening} None of our standard playbooks fits ${it} exactly, so this starts with a short discovery: who does the work, how often, how long it takes and which systems it touches; then we automate the part rules or AI can take over.${mergedSentence(plan)}`,
      1200,
    ),
    dimension: 'process',
    impact: 'medium',
    effort: 'low',
    timeframe: '2-4 weeks',
    kpis: kpiLabels(input, undefined),
    firstStep: shorten(
      `Shadow one run of “${said(first!)}” and write down each step, the time it takes and the system it happens in.`,
      400,
    ),
    playbook: null,
  };
}

function mergedSentence(plan: Plan): string {
  if (!plan.merged.length) return '';
  return ` It also takes in ${quoteList(plan.merged)}: the same kind of work, so one project covers ${plan.merged.length > 1 ? 'them' : 'it'} too.`;
}

function playbookCard(input: CardsInput, plan: Plan, opening: string | null, quotedSystem: boolean): Recommendation {
  const match = plan.match!;
  const { playbook } = match;
  const builds = match.systems.length && !quotedSystem ? ` It builds on ${plainList(match.systems)}.` : '';
  const score = scoreSentence(playbook.dimension, input.dimensions, input.benchmarks);
  // Without the visitor's words to open with, the playbook's own summary opens (it differs per card).
  const rationale = opening
    ? `${opening}${mergedSentence(plan)}${builds}${score} ${playbook.summary}`
    : `${playbook.summary}${mergedSentence(plan)}${builds}${score}`;
  return {
    title: playbook.title,
    rationale: shorten(rationale.trim(), 1200),
    dimension: playbook.dimension,
    impact: playbook.impact,
    effort: playbook.effort,
    timeframe: playbook.timeframe,
    kpis: kpiLabels(input, match),
    firstStep: playbook.firstStep,
    playbook: playbook.key,
  };
}

const firstWords = (text: string) => text.toLowerCase().split(/\s+/).slice(0, 5).join(' ');

export function composeCards(input: CardsInput): Recommendation[] {
  const quoted = new Set(input.answers.painPoints.map(said));
  let opened = 0;
  const cards = planCards(input).map((plan) => {
    if (plan.kind === 'pilot') return pilotCard(input, plan, input.pilot!);
    const clause = openingClause(plan, input.answers, quoted, opened);
    const opening = clause ? OPENINGS[opened++ % OPENINGS.length]!(clause) : null;
    if (plan.kind === 'discovery') return discoveryCard(input, plan, opening ?? '');
    return playbookCard(input, plan, opening, !!clause && /already running/.test(clause));
  });
  // Guards, whatever the catalogue holds: unique titles and openings.
  const titles = new Set<string>();
  const openings = new Set<string>();
  return cards.map((card) => {
    let { title, rationale } = card;
    if (titles.has(title)) title = shorten(`${title} (${card.dimension})`, 140);
    if (openings.has(firstWords(rationale))) rationale = shorten(`${title}: ${rationale}`, 1200);
    titles.add(title);
    openings.add(firstWords(rationale));
    return { ...card, title, rationale };
  });
}
