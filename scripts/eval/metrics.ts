// Precision and recall of the catalogue matcher on the evaluation set, per catalogue. A match
// on a "none" phrase or on the wrong entry is a false positive; a missed or wrong entry on a
// phrase that has one is a false negative.
import type { AuditConfig } from '../../src/domain/audit/config';
import { MATCH_THRESHOLDS, matchCatalogue, type CatalogueEntry } from '../../src/domain/audit/matching/match';
import { CATALOGUES, type Catalogue, type EvalPhrase } from './split';

export interface CatalogueScore {
  catalogue: Catalogue | 'all';
  phrases: number;
  precision: number;
  recall: number;
  errors: Array<{ text: string; expected: string | null; got: string | null }>;
}

const ratio = (hits: number, total: number) => (total === 0 ? 1 : hits / total);

function entriesOf(config: AuditConfig, catalogue: Catalogue): readonly CatalogueEntry[] {
  // "Other" is where unmatched industries go, never a match of its own.
  return catalogue === 'industries' ? config.industries.filter((i) => i.slug !== 'other') : config[catalogue];
}

function score(catalogue: Catalogue | 'all', results: Array<EvalPhrase & { got: string | null }>): CatalogueScore {
  const predicted = results.filter((r) => r.got !== null);
  const labelled = results.filter((r) => r.expected !== null);
  const correct = predicted.filter((r) => r.got === r.expected);
  return {
    catalogue,
    phrases: results.length,
    precision: ratio(correct.length, predicted.length),
    recall: ratio(correct.length, labelled.length),
    errors: results.filter((r) => r.got !== r.expected).map(({ text, expected, got }) => ({ text, expected, got })),
  };
}

export function evaluate(config: AuditConfig, phrases: readonly EvalPhrase[]): CatalogueScore[] {
  const results = phrases.map((phrase) => ({
    ...phrase,
    got:
      matchCatalogue(entriesOf(config, phrase.catalogue), phrase.text, MATCH_THRESHOLDS[phrase.catalogue])?.entry
        .slug ?? null,
  }));
  return [
    ...CATALOGUES.map((c) =>
      score(
        c,
        results.filter((r) => r.catalogue === c),
      ),
    ),
    score('all', results),
  ];
}
