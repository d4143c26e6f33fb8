// The evaluation set's split: a phrase is held out when a hash of its catalogue and text falls
// in one quarter, so the split is fixed by the phrase itself (not by its position in the file)
// and adding phrases never moves an old one between the parts.
import phrasesFile from './matching-phrases.json' with { type: 'json' };
import devFile from './dev-phrases.json' with { type: 'json' };

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

export const evalPhrases = phrasesFile.phrases as EvalPhrase[];
export const tuningPhrases = evalPhrases.filter((p) => !isHeldOut(p));
export const heldOutPhrases = evalPhrases.filter(isHeldOut);

/**
 * A development set written in the second tuning round, before that round's synonyms: tuned on
 * alongside the tuning part (it measures how new wording fares), never part of the held-out figure.
 */
export const devPhrases = (devFile.phrases as EvalPhrase[]).filter((p) => !isHeldOut(p));
