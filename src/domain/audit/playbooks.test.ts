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

  it("opens with the visitor's own pain points, systems or KPIs, each pain point quoted once", () => {
    const recommendations = recommend(undefined, { process: 52 });
    const [top] = recommendations;
    expect(top!.rationale).toMatch(
      /^You told us “Manual data entry” and “Disconnected systems” are slowing your teams down\./,
    );
    expect(top!.rationale).toContain('It builds on SAP ERP and Salesforce CRM.');
    expect(top!.rationale).toContain('process maturity & documentation score is 38/100 (industry benchmark 52)');
    expect(top!.kpis).toEqual(['Revenue growth']);
    const text = recommendations.map((r) => r.rationale).join(' ');
    expect(text.split('“Manual data entry”')).toHaveLength(2);
    expect(text.split('“Disconnected systems”')).toHaveLength(2);
    for (const r of recommendations) expect(r.rationale).toMatch(/“[^”]+”/);
  });

  it('never opens two cards alike nor repeats a title', () => {
    for (const answers of [
      makeAnswers(),
      makeAnswers({ currentSystems: [], kpis: [] }),
      makeAnswers({ painPoints: [{ slug: null, text: 'xyz' }], currentSystems: [], kpis: [] }),
    ]) {
      const recommendations = recommend(answers);
      const openings = recommendations.map((r) => r.rationale.toLowerCase().split(/\s+/).slice(0, 5).join(' '));
      expect(new Set(openings).size).toBe(recommendations.length);
      expect(new Set(recommendations.map((r) => r.title)).size).toBe(recommendations.length);
    }
  });

  it('answers every pain point named: by a card, or merged into one that says so', () => {
    const painPoints = config.painPoints.map((p) => ({ slug: p.slug, text: p.label }));
    const answers = makeAnswers({ painPoints: [...painPoints, { slug: null, text: 'Drivers phone the office' }] });
    const recommendations = recommend(answers);
    expect(recommendations).toHaveLength(RECOMMENDATION_COUNT);
    const text = recommendations.map((r) => r.rationale).join(' ');
    for (const pain of answers.painPoints) expect(text.split(`“${pain.text}”`)).toHaveLength(2);
    expect(text).toContain('It also takes in');
    expect(text).not.toContain('review call');
  });

  it('leads with the cheapest pilot when the numbers do not pay', () => {
    const answers = makeAnswers();
    const pilot = { name: 'Manual data entry', implementationCost: 21600, paybackMonths: 40, currency: 'EUR' };
    const recommendations = recommendFromPlaybooks(
      config,
      answers,
      scoreMaturity(config, answers).dimensions,
      {},
      RECOMMENDATION_COUNT,
      pilot,
    );
    expect(recommendations).toHaveLength(RECOMMENDATION_COUNT);
    expect(recommendations[0]).toMatchObject({ title: 'Start with one pilot: Manual data entry', effort: 'low' });
    expect(recommendations[0]!.rationale).toContain('A pilot on “Manual data entry” alone costs about EUR 21,600');
    const text = recommendations.map((r) => r.rationale).join(' ');
    expect(text.split('“Manual data entry”')).toHaveLength(2);
    expect(text).toContain('“Disconnected systems”');
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
    const quoting = recommendations.filter((r) => r.rationale.includes('“Supplier invoice chaos”'));
    expect(quoting).toHaveLength(1);
    // Answered by a playbook for invoices (matched by meaning), not by a discovery card.
    const playbook = config.playbooks.find((p) => p.key === quoting[0]!.playbook);
    expect(playbook?.painPoints).toContain('invoice-processing');
    expect(invoice).toBeDefined();
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

  it('answers free-text pain points no playbook covers with a discovery card, not a later call', () => {
    const answers = makeAnswers({
      painPoints: [
        { slug: 'manual-data-entry', text: 'Manual data entry' },
        { slug: null, text: 'Drivers phone the office' },
      ],
    });
    const recommendations = recommend(answers);
    const discovery = recommendations.find((r) => r.title === 'Map and automate “Drivers phone the office”');
    expect(discovery).toMatchObject({ playbook: null, dimension: 'process' });
    expect(discovery!.rationale).toContain('“Drivers phone the office” is slowing your teams down');
    expect(recommendations.filter((r) => r.rationale.includes('Drivers phone the office'))).toHaveLength(1);
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
