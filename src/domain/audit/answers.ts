// The audit's answers in the engine's terms, and the matching of visitors' own words to the
// catalogues (src/domain/audit/matching): what matches gets the entry's slug, what does not is
// kept verbatim as free text, and the visitor's words are kept either way.
import { midpoint, parseHeadCount } from './company-size';
import type { AuditConfig, CompanySize } from './config';
import { MATCH_THRESHOLD, MATCH_THRESHOLDS, matchCatalogue, type CatalogueEntry } from './matching/match';
import { normalizeKey } from './matching/fold';

// A type alias (not an interface) so it is assignable to JSON column types.
export type Choice = {
  /** Catalogue slug, or null for the visitor's own words. */
  slug: string | null;
  /** What the visitor chose or wrote: the catalogue label, or their text verbatim. */
  text: string;
  /** The visitor's own words when they were matched to an entry with another label. */
  said?: string;
  /** Pain points only: hours a week it costs, when the visitor said (else the catalogue's typical). */
  weeklyHours?: number;
};

export interface AuditAnswers {
  industry: Choice & { slug: string };
  /** The catalogue range, the head-count it stands for, and what the visitor wrote. */
  companySize: { slug: string; employees: number; text?: string };
  painPoints: Choice[];
  currentSystems: Choice[];
  kpis: Choice[];
  /** Maturity question key -> level 0..4; unanswered questions are absent. */
  maturity: Record<string, number>;
}

export { normalizeKey };

/** Finds a catalogue entry by slug or label, ignoring case, accents and punctuation. */
export function findInCatalogue<T extends CatalogueEntry>(entries: readonly T[], input: string): T | undefined {
  const key = normalizeKey(input);
  if (!key) return undefined;
  return entries.find((entry) => normalizeKey(entry.slug) === key || normalizeKey(entry.label) === key);
}

/**
 * Folded answer -> slug (or null for none) decided elsewhere, e.g. by an LLM; answers it does
 * not cover go to the offline matcher.
 */
export type Classification = ReadonlyMap<string, string | null>;

function decide<T extends CatalogueEntry>(
  entries: readonly T[],
  text: string,
  given: Classification | undefined,
  threshold: number,
): T | null {
  const key = normalizeKey(text);
  const exact = findInCatalogue(entries, text);
  if (exact || !given?.has(key)) return exact ?? matchCatalogue(entries, text, threshold)?.entry ?? null;
  const slug = given.get(key);
  return entries.find((entry) => entry.slug === slug) ?? null;
}

/** A catalogue entry for the visitor's words (exact, or by the matcher), else their words. */
export function toChoice(
  entries: readonly CatalogueEntry[],
  input: string,
  given?: Classification,
  threshold: number = MATCH_THRESHOLD,
): Choice {
  const text = input.trim();
  const entry = decide(entries, text, given, threshold);
  if (!entry) return { slug: null, text };
  const { slug, label } = entry;
  const exact = normalizeKey(text) === normalizeKey(label) || normalizeKey(text) === normalizeKey(slug);
  return exact ? { slug, text: label } : { slug, text: label, said: text };
}

/** Same choices once: duplicates (same slug, or same free text) are dropped, order kept. */
export function toChoices(
  entries: readonly CatalogueEntry[],
  inputs: readonly string[],
  given?: Classification,
  threshold: number = MATCH_THRESHOLD,
): Choice[] {
  const seen = new Set<string>();
  const choices: Choice[] = [];
  for (const input of inputs) {
    const choice = toChoice(entries, input, given, threshold);
    const identity = choice.slug ?? `text:${normalizeKey(choice.text)}`;
    if (!choice.text || seen.has(identity)) continue;
    seen.add(identity);
    choices.push(choice);
  }
  return choices;
}

/**
 * An industry from the catalogue, or "other" with the visitor's words preserved. "Other" is
 * where unmatched answers go, so it is never a match of its own.
 */
// The same filtered list for the same configuration, so the matcher's index for it is built once.
const matchableIndustries = new WeakMap<AuditConfig['industries'], AuditConfig['industries']>();

function industriesToMatch(config: AuditConfig): AuditConfig['industries'] {
  let list = matchableIndustries.get(config.industries);
  if (!list) {
    list = config.industries.filter((i) => i.slug !== 'other');
    matchableIndustries.set(config.industries, list);
  }
  return list;
}

export function resolveIndustry(config: AuditConfig, input: string, given?: Classification): AuditAnswers['industry'] {
  const choice = toChoice(industriesToMatch(config), input, given, MATCH_THRESHOLDS.industries);
  if (choice.slug) return { ...choice, slug: choice.slug };
  const other = findInCatalogue(config.industries, input);
  return other ? { slug: other.slug, text: other.label } : { slug: 'other', text: choice.text };
}

/** The visitor's words for an answer, when they are not simply the catalogue's. */
export const ownWords = (choice: Choice): string => choice.said ?? choice.slug ?? choice.text;

function sizeFor(config: AuditConfig, employees: number): CompanySize | undefined {
  return config.companySizes.find(
    (size) => employees >= size.minEmployees && (size.maxEmployees === null || employees <= size.maxEmployees),
  );
}

/** Representative head-count of a range: its midpoint, or 1.5x the floor of an open range. */
export function representativeEmployees(size: CompanySize): number {
  return midpoint({ low: size.minEmployees, high: size.maxEmployees });
}

/**
 * A company size from a catalogue range or label ("100-500", "1001+"), any other range
 * ("50-100", "1,000-5,000", "1000+", "10 to 50") or a head-count ("about 200", 250): the
 * catalogue range covering its midpoint, with what the visitor wrote. Null when unusable.
 */
export function resolveCompanySize(config: AuditConfig, input: string | number): AuditAnswers['companySize'] | null {
  const text = String(input).trim();
  const compact = text.replace(/\s+/g, '').replace(/[–—]/g, '-');
  const entry = config.companySizes.find((size) => size.slug === compact) ?? findInCatalogue(config.companySizes, text);
  if (entry) return { slug: entry.slug, employees: representativeEmployees(entry), text };
  const range = parseHeadCount(input);
  if (!range) return null;
  const employees = midpoint(range);
  const size = sizeFor(config, employees);
  return size ? { slug: size.slug, employees, text } : null;
}
