import { describe, expect, it } from 'vitest';
import { auditConfigSchema, type AuditConfig } from './config';
import { defaultAuditConfig } from './default-config';

const parse = (mutate: (c: AuditConfig) => void) => {
  const config = structuredClone(defaultAuditConfig) as AuditConfig;
  mutate(config);
  return auditConfigSchema.safeParse(config);
};
const messages = (result: ReturnType<typeof parse>) =>
  result.success ? [] : result.error.issues.map((i) => i.message);

describe('auditConfigSchema', () => {
  it('accepts the default configuration', () => {
    const result = auditConfigSchema.safeParse(defaultAuditConfig);
    expect(result.success, JSON.stringify(!result.success && result.error.issues)).toBe(true);
  });

  it('uses the weights and tiers of the specification', () => {
    const config = auditConfigSchema.parse(defaultAuditConfig);
    expect(Object.fromEntries(config.dimensions.map((d) => [d.key, d.weight]))).toEqual({
      process: 20,
      data: 20,
      technology: 15,
      strategy: 15,
      people: 15,
      governance: 15,
    });
    expect(config.tiers.map((t) => [t.label, t.min])).toEqual([
      ['Initial', 0],
      ['Developing', 20],
      ['Standardized', 40],
      ['Scaled', 60],
      ['Optimized', 80],
    ]);
  });

  it('rejects duplicate slugs', () => {
    expect(messages(parse((c) => c.painPoints.push({ ...c.painPoints[0]! })))).toContain(
      'duplicate slug "manual-data-entry"',
    );
  });

  it('rejects playbooks that reference unknown catalogue items', () => {
    expect(messages(parse((c) => (c.playbooks[0]!.systems = ['lotus-notes'])))).toContain(
      'unknown systems "lotus-notes"',
    );
  });

  it('requires a question for every dimension', () => {
    expect(messages(parse((c) => (c.questions = c.questions.filter((q) => q.dimension !== 'people'))))).toContain(
      'no question for dimension "people"',
    );
  });

  it('requires a tier starting at 0 and a general automation share', () => {
    expect(messages(parse((c) => (c.tiers[0]!.min = 5)))).toContain('one tier must start at 0');
    expect(
      messages(
        parse((c) => (c.roi.automationShare = c.roi.automationShare.filter((s) => s.processType !== 'general'))),
      ),
    ).toContain('a "general" automation share is required');
  });

  it('rejects answer levels that are not five', () => {
    expect(parse((c) => c.questions[0]!.levels.pop()).success).toBe(false);
  });
});
