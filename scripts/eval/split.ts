// The evaluation set's parts. Round 1 (matching-phrases.json) was split by a hash of catalogue and
// text into a tuning part and a held-out quarter; round 2 (dev-phrases.json) was tuned on. The round-1
// held-out quarter was looked at while tuning round 3 and is tuned on since (it is void as a
// measure). The held-out figure now comes from round 3 (heldout-phrases.json): written blind, by
// someone who had seen neither the synonym lists nor any earlier phrase, and never tuned on.
import phrasesFile from './matching-phrases.json' with { type: 'json' };
import devFile from './dev-phrases.json' with { type: 'json' };
import heldOutFile from './heldout-phrases.json' with { type: 'json' };

export const CATALOGUES = ['industries', 'painPoints', 'systems', 'kpis'] as const;
export type Catalogue = (typeof CATALOGUES)[number];

export interface EvalPhrase {
  catalogue: Catalogue;
  text: string;
  /** The catalogue slug the phrase means, or null when it must stay free text. */
  expected: string | null;
}

/** FNV-1a, 32 bits: tiny, stable across runs and platforms. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function isHeldOut(phrase: Pick<EvalPhrase, 'catalogue' | 'text'>): boolean {
  return fnv1a(`${phrase.catalogue}:${phrase.text.trim().toLowerCase()}`) % 4 === 0;
}

/** Round 1: its held-out quarter by hash (isHeldOut), tuned on since round 3. */
export const roundOnePhrases = phrasesFile.phrases as EvalPhrase[];
export const tuningPhrases = roundOnePhrases;
/** The blind round-3 set: the held-out figure. */
export const heldOutPhrases = heldOutFile.phrases as EvalPhrase[];
export const evalPhrases = [...roundOnePhrases, ...heldOutPhrases];

/**
 * A development set written in the second tuning round, before that round's synonyms: tuned on
 * alongside the tuning part (it measures how new wording fares), never part of the held-out figure.
 */
export const devPhrases = devFile.phrases as EvalPhrase[];

import knownOverlapFile from './heldout-known-overlap.json' with { type: 'json' };

/** Held-out phrases the configuration already named when the set was written (allowed, never more). */
export const heldOutKnownOverlap = new Set(knownOverlapFile.phrases);
export const phraseKey = (p: Pick<EvalPhrase, 'catalogue' | 'text'>) => `${p.catalogue}:${p.text}`;
