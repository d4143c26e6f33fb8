// Keeps the free-text matcher's figures on the evaluation set from slipping, and the synonym
// lists apart from the held-out phrases (a copied phrase would make the held-out figure a lie).
import { describe, expect, it } from 'vitest';
import { auditConfigSchema } from '../../src/domain/audit/config';
import { defaultAuditConfig } from '../../src/domain/audit/default-config';
import { foldText } from '../../src/domain/audit/matching/tokens';
import { evaluate } from './metrics';
import { devPhrases, evalPhrases, heldOutPhrases, tuningPhrases } from './split';

const config = auditConfigSchema.parse(defaultAuditConfig);
const overall = (scores: ReturnType<typeof evaluate>) => scores.find((s) => s.catalogue === 'all')!;

describe('the evaluation set', () => {
  it('has at least 300 phrases, 30 % of them "none", and a held-out quarter', () => {
    expect(evalPhrases.length).toBeGreaterThanOrEqual(300);
    expect(evalPhrases.filter((p) => p.expected === null).length / evalPhrases.length).toBeGreaterThanOrEqual(0.3);
    expect(heldOutPhrases.length / evalPhrases.length).toBeGreaterThan(0.2);
    expect(heldOutPhrases.length / evalPhrases.length).toBeLessThan(0.3);
  });

  it('labels only entries that exist', () => {
    for (const phrase of evalPhrases.filter((p) => p.expected !== null)) {
      expect(config[phrase.catalogue].map((e) => e.slug)).toContain(phrase.expected);
    }
  });

  it('shares no held-out phrase with the synonym lists', () => {
    const aliases = new Set(
      [...config.industries, ...config.painPoints, ...config.systems, ...config.kpis].flatMap((e) =>
        e.aliases.map((alias) => foldText(alias.replace(/^\s*not:\s*/i, ''))),
      ),
    );
    expect(heldOutPhrases.filter((p) => aliases.has(foldText(p.text))).map((p) => p.text)).toEqual([]);
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

  // The goal is precision 0.95 and recall 0.85. Recall meets it; precision is pinned at the figure
  // reached (0.917, docs/matching.md), so any change that makes the held-out part worse fails here.
  it('does not fall below its held-out figures', () => {
    const all = overall(evaluate(config, heldOutPhrases));
    expect(all.precision).toBeGreaterThanOrEqual(0.91);
    expect(all.recall).toBeGreaterThanOrEqual(0.85);
  });
});
