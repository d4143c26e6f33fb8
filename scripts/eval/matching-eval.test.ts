// Keeps the free-text matcher's figures on the evaluation set from slipping, and the synonym
// lists apart from the held-out phrases (a copied phrase would make the held-out figure a lie).
import { describe, expect, it } from 'vitest';
import { auditConfigSchema } from '../../src/domain/audit/config';
import { defaultAuditConfig } from '../../src/domain/audit/default-config';
import { foldText } from '../../src/domain/audit/matching/tokens';
import { evaluate } from './metrics';
import { devPhrases, evalPhrases, heldOutKnownOverlap, heldOutPhrases, phraseKey, tuningPhrases } from './split';

const config = auditConfigSchema.parse(defaultAuditConfig);
const overall = (scores: ReturnType<typeof evaluate>) => scores.find((s) => s.catalogue === 'all')!;

describe('the evaluation set', () => {
  it('has at least 300 phrases, 30 % of them "none", and a held-out part of at least a quarter', () => {
    expect(evalPhrases.length).toBeGreaterThanOrEqual(300);
    expect(evalPhrases.filter((p) => p.expected === null).length / evalPhrases.length).toBeGreaterThanOrEqual(0.3);
    expect(heldOutPhrases.length).toBeGreaterThanOrEqual(300);
    expect(heldOutPhrases.filter((p) => p.expected === null).length / heldOutPhrases.length).toBeGreaterThanOrEqual(
      0.3,
    );
    expect(heldOutPhrases.length / evalPhrases.length).toBeGreaterThanOrEqual(0.25);
  });

  it('labels only entries that exist', () => {
    for (const phrase of evalPhrases.filter((p) => p.expected !== null)) {
      expect(config[phrase.catalogue].map((e) => e.slug)).toContain(phrase.expected);
    }
  });

  it('adds no held-out phrase to the synonym lists', () => {
    const names = new Set(
      [...config.industries, ...config.painPoints, ...config.systems, ...config.kpis].flatMap((e) =>
        [e.label, e.slug, ...e.aliases].map((alias) => foldText(alias.replace(/^\s*not:\s*/i, ''))),
      ),
    );
    const named = heldOutPhrases.filter((p) => names.has(foldText(p.text))).map(phraseKey);
    expect(named.filter((key) => !heldOutKnownOverlap.has(key))).toEqual([]);
  });
});

// About 540 phrases through the lemmatiser: seconds, not milliseconds, on a busy machine.
describe('the matcher on the evaluation set', { timeout: 60_000 }, () => {
  it('meets precision 0.95 and recall 0.95 on the tuning part', () => {
    const all = overall(evaluate(config, tuningPhrases));
    expect(all.precision).toBeGreaterThanOrEqual(0.95);
    expect(all.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('meets precision 0.95 and recall 0.95 on the development set', () => {
    const all = overall(evaluate(config, devPhrases));
    expect(all.precision).toBeGreaterThanOrEqual(0.95);
    expect(all.recall).toBeGreaterThanOrEqual(0.95);
  });

  // The goal (issue 15): precision 0.95 and recall 0.85 on phrases never tuned on.
  it('meets precision 0.95 and recall 0.85 on the held-out part', () => {
    const all = overall(evaluate(config, heldOutPhrases));
    expect(all.precision).toBeGreaterThanOrEqual(0.95);
    expect(all.recall).toBeGreaterThanOrEqual(0.85);
  });
});
