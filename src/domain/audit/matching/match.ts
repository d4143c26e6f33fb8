// Maps a visitor's words to a catalogue entry with a score. Every entry is known by its label
// (split at "/", commas and brackets: "Zapier / Make / Power Automate" is three names) and its
// "also known as" list. An entry is a candidate when one of its names is said in full, or the
// answer is wholly part of one name, weighing words by rarity (IDF); candidates are ranked by
// BM25 against all of an entry's names; below the threshold the answer stays free text.
import { sameWord } from './similar';
import { foldText, tokenize, type Token } from './tokens';

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
const BM25_K1 = 1.2;
const BM25_B = 0.75;

interface IndexedEntry<T> {
  entry: T;
  names: Token[][];
  bag: Token[];
}

interface CatalogueIndex<T> {
  entries: IndexedEntry<T>[];
  /** Stem -> number of entries naming it. */
  df: Map<string, number>;
  avgLength: number;
}

const indexes = new WeakMap<readonly CatalogueEntry[], CatalogueIndex<CatalogueEntry>>();

export function entryNames(entry: CatalogueEntry): string[] {
  const labelParts = entry.label.split(/[/,()…]|\s+or\s+/i);
  return [entry.label, ...labelParts, entry.slug.replace(/-/g, ' '), ...(entry.aliases ?? [])]
    .map((name) => name.trim())
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
    return { entry, names, bag: names.flat() };
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

/** Share of `tokens`' weight (IDF) that appears in `other`. */
function coverage(index: CatalogueIndex<CatalogueEntry>, tokens: Token[], other: Token[]): number {
  let said = 0;
  let total = 0;
  for (const token of tokens) {
    const weight = idf(index, token);
    total += weight;
    if (other.some((o) => sameWord(token, o))) said += weight;
  }
  return total === 0 ? 0 : said / total;
}

function bm25(index: CatalogueIndex<CatalogueEntry>, query: Token[], bag: Token[]): number {
  let score = 0;
  for (const token of query) {
    const tf = bag.filter((t) => sameWord(token, t)).length;
    if (tf === 0) continue;
    const norm = tf + BM25_K1 * (1 - BM25_B + (BM25_B * bag.length) / index.avgLength);
    score += idf(index, token) * ((tf * (BM25_K1 + 1)) / norm);
  }
  return score;
}

/** Every entry the answer touches, best first. */
export function rankCatalogue<T extends CatalogueEntry>(entries: readonly T[], text: string): CatalogueMatch<T>[] {
  const key = foldText(text);
  if (!key) return [];
  const exact = entries.find((e) => foldText(e.slug) === key || foldText(e.label) === key);
  if (exact) return [{ entry: exact, score: 1, rank: Number.POSITIVE_INFINITY }];
  const index = indexFor(entries);
  const query = uniqueTokens(tokenize(text));
  const matches: CatalogueMatch<T>[] = [];
  for (const { entry, names, bag } of index.entries) {
    const score = Math.max(
      0,
      ...names.map((name) => Math.max(coverage(index, name, query), coverage(index, query, name))),
    );
    if (score > 0) matches.push({ entry, score, rank: bm25(index, query, bag) });
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
