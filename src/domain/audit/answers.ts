// The audit's answers in the engine's terms, and the matching of visitors' own words to the
// catalogues: slugs or labels, any case; anything unmatched is kept verbatim as free text.
import type { AuditConfig, CompanySize } from './config';

// A type alias (not an interface) so it is assignable to JSON column types.
export type Choice = {
  /** Catalogue slug, or null for the visitor's own words. */
  slug: string | null;
  /** What the visitor chose or wrote: the catalogue label, or their text verbatim. */
  text: string;
};

export interface AuditAnswers {
  industry: Choice & { slug: string };
  companySize: { slug: string; employees: number };
  painPoints: Choice[];
  currentSystems: Choice[];
  kpis: Choice[];
  /** Maturity question key -> level 0..4; unanswered questions are absent. */
  maturity: Record<string, number>;
}

export function normalizeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

type Entry = { slug: string; label: string };

/** Finds a catalogue entry by slug or label, ignoring case, accents and punctuation. */
export function findInCatalogue<T extends Entry>(entries: readonly T[], input: string): T | undefined {
  const key = normalizeKey(input);
  if (!key) return undefined;
  return entries.find((entry) => normalizeKey(entry.slug) === key || normalizeKey(entry.label) === key);
}

export function toChoice(entries: readonly Entry[], input: string): Choice {
  const text = input.trim();
  const entry = findInCatalogue(entries, text);
  return entry ? { slug: entry.slug, text: entry.label } : { slug: null, text };
}

/** Same choices once: duplicates (same slug, or same free text) are dropped, order kept. */
export function toChoices(entries: readonly Entry[], inputs: readonly string[]): Choice[] {
  const seen = new Set<string>();
  const choices: Choice[] = [];
  for (const input of inputs) {
    const choice = toChoice(entries, input);
    const identity = choice.slug ?? `text:${normalizeKey(choice.text)}`;
    if (!choice.text || seen.has(identity)) continue;
    seen.add(identity);
    choices.push(choice);
  }
  return choices;
}

/** An industry from the catalogue, or "other" with the visitor's words preserved. */
export function resolveIndustry(config: AuditConfig, input: string): AuditAnswers['industry'] {
  const entry = findInCatalogue(config.industries, input);
  return entry ? { slug: entry.slug, text: entry.label } : { slug: 'other', text: input.trim() };
}

function sizeFor(config: AuditConfig, employees: number): CompanySize | undefined {
  return config.companySizes.find(
    (size) => employees >= size.minEmployees && (size.maxEmployees === null || employees <= size.maxEmployees),
  );
}

/** Representative head-count of a range: its midpoint, or 1.5x the floor of an open range. */
export function representativeEmployees(size: CompanySize): number {
  return size.maxEmployees === null
    ? Math.round(size.minEmployees * 1.5)
    : Math.round((size.minEmployees + size.maxEmployees) / 2);
}

/**
 * A company size from a catalogue range ("100-500", "1001+", a label) or a head-count
 * ("250", 250). Returns null when it is neither.
 */
export function resolveCompanySize(config: AuditConfig, input: string | number): AuditAnswers['companySize'] | null {
  const text = String(input).trim();
  const byRange = config.companySizes.find((size) => size.slug === text.replace(/\s+/g, '').replace(/[–—]/g, '-'));
  const entry = byRange ?? findInCatalogue(config.companySizes, text);
  if (entry) return { slug: entry.slug, employees: representativeEmployees(entry) };
  const headCount =
    typeof input === 'number' ? input : /^\d[\d,. ]*$/.test(text) ? Number(text.replace(/[,. ]/g, '')) : NaN;
  if (!Number.isInteger(headCount) || headCount < 1 || headCount > 10_000_000) return null;
  const size = sizeFor(config, headCount);
  return size ? { slug: size.slug, employees: headCount } : null;
}
