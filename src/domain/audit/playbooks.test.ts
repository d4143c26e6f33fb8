import { describe, expect, it } from 'vitest';
import { makeAnswers, makeConfig } from './fixtures.test-support';
import { RECOMMENDATION_COUNT, recommendFromPlaybooks, relatedPainPoints } from './playbooks';
import { recommendationSchema } from './recommendation';
import { scoreMaturity } from './scoring';

const config = makeConfig();

function recommend(answers = makeAnswers(), benchmarks = {}) {
  return recommendFromPlaybooks(config, answers, scoreMaturity(config, answers).dimensions, benchmarks);
}

describe('recommendFromPlaybooks', () => {
  it('returns valid recommendations, best match first', () => {
    const recommendations = recommend();
    expect(recommendations).toHaveLength(RECOMMENDATION_COUNT);
    for (const recommendation of recommendations)
      expect(recommendationSchema.parse(recommendation)).toEqual(recommendation);
    // A manufacturer with manual entry, disconnected systems, SAP and Salesforce: order-to-cash
    // (pain points, systems, industry, KPI, weak process score), then the ERP-CRM integration.
    expect(recommendations.slice(0, 2).map((r) => r.playbook)).toEqual(['order-to-cash', 'erp-crm-integration']);
  });

  it("cites the visitor's own pain points, systems and KPIs", () => {
    const [top] = recommend(undefined, { process: 52 });
    expect(top!.rationale).toContain('“Manual data entry” and “Disconnected systems” are holding your teams back');
    expect(top!.rationale).toContain('“SAP ERP” and “Salesforce CRM”, which you already run');
    expect(top!.rationale).toContain('“Revenue growth”, the KPI you said you are measured on');
    expect(top!.rationale).toContain('process maturity & documentation score is 38/100 (industry benchmark 52)');
    expect(top!.kpis).toEqual(['Revenue growth']);
  });

  it('quotes free-text pain points verbatim and matches them by meaning', () => {
    expect(relatedPainPoints(config, 'We re-type every invoice by hand')).toContain('invoice-processing');
    expect(relatedPainPoints(config, 'Chasing supplier invoices')).toContain('invoice-processing');
    expect(relatedPainPoints(config, 'xyz')).toEqual([]);
    const answers = makeAnswers({
      painPoints: [{ slug: null, text: 'Supplier invoice chaos' }],
      currentSystems: [],
      kpis: [],
    });
    const recommendations = recommend(answers);
    const invoice = recommendations.find((r) => r.playbook === 'invoice-to-pay');
    expect(invoice?.rationale).toContain('You told us “Supplier invoice chaos” is holding your teams back.');
  });

  it("falls back to the playbook's KPIs and the weakest dimensions without matches", () => {
    const answers = makeAnswers({
      painPoints: [],
      currentSystems: [],
      kpis: [],
      maturity: { 'leadership-sponsorship': 0, 'automation-budget': 0 },
    });
    const recommendations = recommend(answers);
    expect(recommendations[0]!.dimension).toBe('strategy');
    expect(recommendations[0]!.kpis.length).toBeGreaterThan(0);
    expect(recommendations[0]!.rationale).toContain('strategy, sponsorship & budget score is 0/100.');
    // Estimated dimensions neither pull playbooks up nor read as measured.
    const estimated = recommendations.find(
      (r) => r.dimension !== 'strategy' && /score is estimated at/.test(r.rationale),
    );
    expect(estimated).toBeDefined();
  });

  it('acknowledges free-text pain points no playbook covers in the first recommendation', () => {
    const answers = makeAnswers({
      painPoints: [
        { slug: 'manual-data-entry', text: 'Manual data entry' },
        { slug: null, text: 'Drivers phone the office' },
      ],
    });
    const [first, second] = recommend(answers);
    expect(first!.rationale).toContain(
      'You also told us about “Drivers phone the office”: we will look at it with you in your review call.',
    );
    expect(second!.rationale).not.toContain('Drivers phone the office');
  });

  it('prefers the industry playbooks', () => {
    const insurer = makeAnswers({
      industry: { slug: 'insurance', text: 'Insurance' },
      painPoints: [{ slug: 'paper-documents', text: 'Paper and PDF documents' }],
    });
    expect(recommend(insurer).map((r) => r.playbook)).toContain('claims-case-triage');
  });

  it('is deterministic', () => {
    expect(recommend()).toEqual(recommend());
  });
});
