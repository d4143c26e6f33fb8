// Maps a visitor's words to a catalogue entry with a score. Every entry is known by its label
// (split at "/", commas and brackets: "Zapier / Make / Power Automate" is three names) and its
// "also known as" list. An entry is a candidate when one of its names is said in full, or the
// answer is wholly part of one name, weighing words by rarity (IDF); candidates are ranked by
// BM25 against all of an entry's names; below the threshold the answer stays free text.
import { sameWord, saysPartOf } from './similar';
import { foldText, isAdjective, tokenize, type Token } from './tokens';

export interface CatalogueEntry {
  slug: string;
  label: string;
  aliases?: readonly string[] | null;
}

export interface CatalogueMatch<T extends CatalogueEntry = CatalogueEntry> {
  entry: T;
  /** How completely a name of the entry was said, 0..1 (the threshold applies to this). */
  score: number;
  /** BM25 of the answer against all of the entry's names (the ranking). */
  rank: number;
}

/** Tuned on the tuning part of the evaluation set (docs/matching.md). */
export const MATCH_THRESHOLD = 0.75;
/**
 * Per catalogue: pain points are sentences that share everyday words ("customers", "data", "time")
 * with several entries, so a name must be said more completely before the answer is that entry.
 */
export const MATCH_THRESHOLDS = {
  industries: MATCH_THRESHOLD,
  painPoints: 0.85,
  systems: MATCH_THRESHOLD,
  kpis: MATCH_THRESHOLD,
} as const;
const BM25_K1 = 1.2;
const BM25_B = 0.75;

interface IndexedEntry<T> {
  entry: T;
  names: Token[][];
  negatives: Token[][];
  bag: Token[];
  compactNames: Set<string>;
}

interface CatalogueIndex<T> {
  entries: IndexedEntry<T>[];
  /** Stem -> number of entries naming it. */
  df: Map<string, number>;
  avgLength: number;
}

const indexes = new WeakMap<readonly CatalogueEntry[], CatalogueIndex<CatalogueEntry>>();

/** An alias written "not: staff turnover" is negative evidence: said in full, it rules the entry out. */
const NEGATIVE = /^\s*not:\s*/i;

export function isNegativeAlias(alias: string): boolean {
  return NEGATIVE.test(alias);
}

/**
 * A label's alternatives ("Zapier / Make / Power Automate"). An adjective alone before "or" shares
 * the noun of the last alternative: "Poor or duplicated data" names "poor data", never just "poor".
 */
function labelParts(label: string): string[] {
  const alternatives = label.split(/\s+or\s+/i).map((part) => part.trim());
  const noun = alternatives.at(-1)?.split(/\s+/).at(-1);
  return alternatives
    .map((part, i) =>
      noun && i < alternatives.length - 1 && /^[a-z]+$/i.test(part) && isAdjective(part) ? `${part} ${noun}` : part,
    )
    .flatMap((part) => part.split(/[/,()…]/));
}

export function entryNames(entry: CatalogueEntry): string[] {
  const parts = labelParts(entry.label);
  const aliases = (entry.aliases ?? []).filter((alias) => !isNegativeAlias(alias));
  return [entry.label, ...parts, entry.slug.replace(/-/g, ' '), ...aliases].map((name) => name.trim()).filter(Boolean);
}

function negativeNames(entry: CatalogueEntry): string[] {
  return (entry.aliases ?? [])
    .filter(isNegativeAlias)
    .map((alias) => alias.replace(NEGATIVE, '').trim())
    .filter(Boolean);
}

function uniqueTokens(tokens: Token[]): Token[] {
  return tokens.filter((token, i) => tokens.findIndex((other) => other.stem === token.stem) === i);
}

function buildIndex<T extends CatalogueEntry>(entries: readonly T[]): CatalogueIndex<T> {
  const indexed = entries.map((entry) => {
    const names = entryNames(entry)
      .map((name) => uniqueTokens(tokenize(name)))
      .filter((tokens) => tokens.length > 0);
    const negatives = negativeNames(entry).map((name) => uniqueTokens(tokenize(name)));
    const compactNames = new Set(entryNames(entry).map((name) => foldText(name).replace(/ /g, '')));
    return { entry, names, negatives, bag: names.flat(), compactNames };
  });
  const df = new Map<string, number>();
  for (const { bag } of indexed) {
    for (const stem of new Set(bag.map((t) => t.stem))) df.set(stem, (df.get(stem) ?? 0) + 1);
  }
  const avgLength = indexed.reduce((sum, e) => sum + e.bag.length, 0) / Math.max(1, indexed.length);
  return { entries: indexed, df, avgLength };
}

function indexFor<T extends CatalogueEntry>(entries: readonly T[]): CatalogueIndex<T> {
  let index = indexes.get(entries);
  if (!index) {
    index = buildIndex(entries);
    indexes.set(entries, index);
  }
  return index as CatalogueIndex<T>;
}

const STOP_WORD_WEIGHT = 0.1;

function idf(index: CatalogueIndex<CatalogueEntry>, token: Token): number {
  const n = index.entries.length;
  const df = index.df.get(token.stem) ?? 0;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5)) * (token.stop ? STOP_WORD_WEIGHT : 1);
}

/** Two neighbouring words written as one are that word too: "health care" says "healthcare". */
function withJoins(tokens: Token[]): Array<Token & { joined?: boolean }> {
  const joined = tokens.slice(1).map((token, i) => {
    const lemma = tokens[i]!.lemma + token.lemma;
    return { lemma, stem: lemma, stop: false, joined: true };
  });
  return [...tokens, ...joined];
}

/** Whether a word the visitor wrote says a name's word; remembered for one answer (names share words). */
type Says = (written: Token & { joined?: boolean }, name: Token) => boolean;

function saysFor(): Says {
  const memo = new Map<string, boolean>();
  return (written, name) => {
    const key = `${written.lemma} ${written.stem} ${written.joined ?? false} ${name.lemma} ${name.stem} ${name.stop}`;
    let said = memo.get(key);
    if (said === undefined) {
      // Two words read as one must be that word exactly: "hospitality group" joined is no compound
      // of "hospital".
      said = written.joined ? written.lemma === name.lemma : sameWord(written, name) || saysPartOf(written, name);
      memo.set(key, said);
    }
    return said;
  };
}

/** Share of the name's weight (IDF) that the answer says. */
function nameCoverage(index: CatalogueIndex<CatalogueEntry>, name: Token[], query: Token[], says: Says): number {
  let said = 0;
  let total = 0;
  for (const token of name) {
    const weight = idf(index, token);
    total += weight;
    if (query.some((written) => says(written, token))) said += weight;
  }
  return total === 0 ? 0 : said / total;
}

/** Share of the answer's weight (IDF) that the name says. */
function answerCoverage(index: CatalogueIndex<CatalogueEntry>, query: Token[], name: Token[], says: Says): number {
  let said = 0;
  let total = 0;
  for (const written of query) {
    const weight = idf(index, written);
    total += weight;
    if (name.some((token) => says(written, token))) said += weight;
  }
  return total === 0 ? 0 : said / total;
}

function bm25(index: CatalogueIndex<CatalogueEntry>, query: Token[], bag: Token[], says: Says): number {
  let score = 0;
  for (const token of query) {
    const tf = bag.filter((t) => says(token, t)).length;
    if (tf === 0) continue;
    const norm = tf + BM25_K1 * (1 - BM25_B + (BM25_B * bag.length) / index.avgLength);
    score += idf(index, token) * ((tf * (BM25_K1 + 1)) / norm);
  }
  return score;
}

const MIN_NAME_SAID = 0.6;
/**
 * How well the answer says a name: all of the name said (extra words allowed), or the answer wholly
 * part of the name while saying most of it ("slow laptops" is not "Slow approvals").
 */
function nameScore(
  index: CatalogueIndex<CatalogueEntry>,
  name: Token[],
  answer: { tokens: Token[]; written: Token[] },
  says: Says,
): number {
  const nameSaid = nameCoverage(index, name, answer.written, says);
  if (nameSaid < MIN_NAME_SAID) return nameSaid;
  return Math.max(nameSaid, answerCoverage(index, answer.tokens, withJoins(name), says));
}

/** Every entry the answer touches, best first. */
export function rankCatalogue<T extends CatalogueEntry>(entries: readonly T[], text: string): CatalogueMatch<T>[] {
  const key = foldText(text);
  if (!key) return [];
  const exact = entries.find((e) => foldText(e.slug) === key || foldText(e.label) === key);
  if (exact) return [{ entry: exact, score: 1, rank: Number.POSITIVE_INFINITY }];
  const index = indexFor(entries);
  // An answer that is one of an entry's names, written as one word or several ("Office365", "health
  // care"), is that entry.
  const compact = key.replace(/ /g, '');
  const named = index.entries.find((e) => e.compactNames.has(compact));
  if (named) return [{ entry: named.entry, score: 1, rank: Number.POSITIVE_INFINITY }];
  const query = uniqueTokens(tokenize(text));
  const answer = { tokens: query, written: withJoins(query) };
  const says = saysFor();
  const matches: CatalogueMatch<T>[] = [];
  for (const { entry, names, negatives, bag } of index.entries) {
    if (negatives.some((name) => nameCoverage(index, name, answer.written, says) === 1)) continue;
    const score = Math.max(0, ...names.map((name) => nameScore(index, name, answer, says)));
    if (score > 0) matches.push({ entry, score, rank: bm25(index, query, bag, says) });
  }
  return matches.sort((a, b) => b.rank - a.rank || b.score - a.score);
}

/** The best entry at or above the threshold, or null: the answer stays free text. */
export function matchCatalogue<T extends CatalogueEntry>(
  entries: readonly T[],
  text: string,
  threshold = MATCH_THRESHOLD,
): CatalogueMatch<T> | null {
  return rankCatalogue(entries, text).find((match) => match.score >= threshold) ?? null;
}
