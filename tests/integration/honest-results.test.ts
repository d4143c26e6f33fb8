// Honest results (issue 16): what a score rests on, over real HTTP against the running app.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '@/domain/format';
import { waitFor } from '../support/wait';
import { fakeClientIp, trpc, uniqueEmail, url } from '../support/app';
import { postAudit, seedExampleRequest } from '../support/audit';

const freeTextOnly = () => ({
  industry: 'Manufacturing',
  companySize: 120,
  painPoints: ['the quarterly stocktake of the bolt warehouse'],
  currentSystems: ['the abacus in the basement'],
  kpis: ['happier foremen'],
  contactInfo: { email: uniqueEmail('free-text'), company: 'Bolt & Sons' },
});

describe('confidence of the score', () => {
  it('gives a free-text-only API audit a non-zero, estimated, low-confidence score and a continue link', async () => {
    const { response, body } = await postAudit(freeTextOnly());
    expect(response.status).toBe(201);
    expect(body.maturityScore).toBeGreaterThan(0);
    expect(body.confidence).toMatchObject({
      level: 'low',
      answered: 0,
      questions: 12,
      informedDimensions: 0,
      dimensions: 6,
      rule: expect.stringContaining('High: at least 8 maturity answers'),
    });
    expect(body.confidence.statement).toMatch(/^Low confidence: this score rests on 0 of 12 maturity answers/);
    expect(body.dimensionScores).toHaveLength(6);
    for (const dimension of body.dimensionScores) {
      expect(dimension).toMatchObject({ estimated: true, confidence: 'estimated', evidence: 0 });
      expect(dimension.score).toBeGreaterThan(0);
    }
    expect(body.continueUrl).toMatch(new RegExp(`/audit/continue/${body.auditId}$`));
    expect(body.confidence.continueUrl).toBe(body.continueUrl);

    // The results contract carries the same beside the seed's fields.
    const results = await (await fetch(url(`/api/audit/results/${body.auditId}`))).json();
    expect(results.analysis.maturityScore).toBe(body.maturityScore);
    expect(results.analysis.confidence).toMatchObject({ level: 'low', continueUrl: body.continueUrl });
    expect(results.visualData.radar.every((p: { estimated: boolean }) => p.estimated)).toBe(true);

    // The PDF says so too.
    const pdf = await waitFor(
      async () => {
        const response = await fetch(url(`/api/audit/results/${body.auditId}/report`));
        return response.status === 200 ? Buffer.from(await response.arrayBuffer()) : null;
      },
      { timeoutMs: 60_000, what: 'the report download' },
    );
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'honest-')), 'report.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Low confidence: this score rests on 0 of 12 maturity answers');
    expect(text).toContain('Answer the maturity questions for a firmer score');
    expect(text).toMatch(/Estimated at \d+\/100/);

    // The link opens the wizard at the maturity questions with the same answers.
    const headers = fakeClientIp();
    const draft = await trpc('mutation', 'audit.continueFrom', { id: body.auditId }, undefined, headers);
    expect(draft.status).toBe(200);
    const draftId = draft.body.result.data.json.draftId as string;
    expect(draftId).not.toBe(body.auditId);
    const resumed = await trpc('query', 'audit.draft', { id: draftId }, undefined, headers);
    expect(resumed.body.result.data.json).toMatchObject({
      submitted: false,
      currentStep: 6,
      answers: { painPoints: ['the quarterly stocktake of the bolt warehouse'], maturity: {} },
    });
  });

  it('is high with every maturity question answered, with no continue link; a resubmission scores the same', async () => {
    const config = await trpc('query', 'audit.catalogue', undefined);
    const questions = config.body.result.data.json.questions as Array<{ key: string }>;
    const maturity = Object.fromEntries(questions.map((q, i) => [q.key, i % 5]));
    const request = () => ({ ...seedExampleRequest, maturity, contactInfo: { email: uniqueEmail('firm') } });
    const first = await postAudit(request());
    const second = await postAudit(request());
    expect(first.response.status).toBe(201);
    expect(first.body.confidence).toMatchObject({ level: 'high', answered: questions.length, informedDimensions: 6 });
    expect(first.body.continueUrl).toBeNull();
    expect(first.body.dimensionScores.every((d: { estimated: boolean }) => !d.estimated)).toBe(true);
    expect(second.body.maturityScore).toBe(first.body.maturityScore);
    expect(second.body.dimensionScores).toEqual(first.body.dimensionScores);
  });

  it('refuses a continue link for an unknown audit with the seed error format', async () => {
    const response = await trpc('mutation', 'audit.continueFrom', { id: '3f0e3c8e-1c2b-4c1e-9a55-2f7d0c3b9e11' });
    expect(response.status).toBe(404);
  });
});

describe('one price model', () => {
  it('gives the same implementation cost in the audit, the calculator and on /pricing, from the CMS package', async () => {
    const packages = await (
      await fetch(url('/api/cms/service-packages?where[pricesRoi][equals]=true&limit=1&depth=0'))
    ).json();
    const pilot = packages.docs[0];
    expect(pilot).toMatchObject({ name: 'Automation Pilot', priceUnit: 'per process', pricesRoi: true });
    expect(pilot.roiPerProcessCost).toBe(pilot.price);

    const audit = await postAudit({ ...seedExampleRequest, contactInfo: { email: uniqueEmail('price') } });
    expect(audit.response.status).toBe(201);
    const roi = audit.body.roiForecast;
    expect(roi.processes).toHaveLength(2);
    const model = roi.assumptions.find((a: { key: string }) => a.key === 'implementation');
    expect(model.label).toContain('“Automation Pilot” package');
    expect(model.value).toContain(`${formatMoney(pilot.price, 'EUR')} per process`);

    const calculator = await fetch(url('/api/calculator/roi'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...fakeClientIp() },
      body: JSON.stringify({ employees: 300, processes: ['manual data entry', 'disconnected systems'] }),
    });
    expect(calculator.status).toBe(200);
    const calculated = await calculator.json();
    expect(calculated.implementationCost).toBe(roi.implementationCost.expected);
    expect(calculated.ranges.implementationCost).toEqual(roi.implementationCost);
    // (base + per process x 2) x the size multiplier written in the assumption.
    const multiplier = Number(/× ([\d.]+) for company size/.exec(model.value)![1]);
    expect(roi.implementationCost.expected).toBe(Math.round((pilot.roiBaseCost + 2 * pilot.price) * multiplier));

    const html = await (
      await fetch(url('/pricing?employees=300&p=manual-data-entry:10&p=disconnected-systems:10'))
    ).text();
    const page = html.replace(/<!-- -->/g, '');
    const euros = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    expect(page).toContain(euros.format(roi.implementationCost.expected));
    expect(page).toContain(`The price of our Automation Pilot package above`);
  });
});

describe('hours per pain point', () => {
  it('accepts timeSpent as the calculator does: given hours count, the others are marked estimated', async () => {
    const { response, body } = await postAudit({
      ...seedExampleRequest,
      timeSpent: { 'Manual data entry': 30 },
      contactInfo: { email: uniqueEmail('hours') },
    });
    expect(response.status).toBe(201);
    expect(body.roiForecast.processes).toEqual([
      expect.objectContaining({ name: 'Manual data entry', weeklyHours: 30, estimated: false }),
      expect.objectContaining({ name: 'Disconnected systems', estimated: true }),
    ]);
  });

  it('refuses hours for a pain point not listed, naming the field', async () => {
    const { response, body } = await postAudit({
      ...seedExampleRequest,
      timeSpent: { 'payroll runs': 5 },
      contactInfo: { email: uniqueEmail('hours') },
    });
    expect(response.status).toBe(400);
    expect(body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'timeSpent.payroll runs' } });
    const negative = await postAudit({ ...seedExampleRequest, timeSpent: { 'manual data entry': -1 } });
    expect(negative.response.status).toBe(400);
  });
});
