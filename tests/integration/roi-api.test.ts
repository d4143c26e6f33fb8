// The ROI calculator contracts over real HTTP: the seed's REST endpoint and its tRPC twin.
import { describe, expect, it } from 'vitest';
import { trpc, url } from '../support/app';

async function postRoi(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url('/api/calculator/roi'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { response, body: (await response.json()) as any };
}

const seedRequest = { employees: 250, processes: ['invoice processing'], timeSpent: { 'invoice processing': 20 } };

function expectSeedError(body: any, field?: string) {
  expect(body.error).toMatchObject({ code: 'VALIDATION_ERROR', message: expect.any(String) });
  expect(new Date(body.error.timestamp).toString()).not.toBe('Invalid Date');
  if (field) expect(body.error.details.field).toBe(field);
}

describe('POST /api/calculator/roi', () => {
  it('answers the seed fields, field by field, from the audit configuration', async () => {
    const { response, body } = await postRoi(seedRequest);
    expect(response.status).toBe(200);
    // 20 h/week of invoice processing at 250 people (EUR 52/h, size multiplier 1.3), priced by
    // the seeded "Automation Pilot" package (EUR 18,000 per process): 18,000 x 1.3.
    expect(body.potentialSavings).toBe(24856);
    expect(body.implementationCost).toBe(23400);
    // 23,400 / ((24,856 - 15% maintenance) / 12)
    expect(body.paybackPeriod).toBe(13.2);
    expect(body.efficiency).toBe(52);
    for (const key of ['potentialSavings', 'implementationCost', 'paybackPeriod', 'efficiency'])
      expect(typeof body[key], key).toBe('number');
    expect(body.currency).toBe('EUR');
    expect(body.ranges.potentialSavings).toEqual({ conservative: 12896, expected: 24856 });
    expect(body.processes[0]).toMatchObject({ name: 'invoice processing', weeklyHours: 20, estimated: false });
    expect(body.assumptions.length).toBeGreaterThan(4);
    expect(body.cashflow).toHaveLength(37);
  });

  it('counts free-text processes as general work and estimates missing hours', async () => {
    const { response, body } = await postRoi({ employees: 40, processes: ['Chasing signatures', 'manual data entry'] });
    expect(response.status).toBe(200);
    expect(body.processes).toEqual([
      { name: 'Chasing signatures', matched: null, weeklyHours: 2, estimated: true },
      {
        name: 'manual data entry',
        matched: { slug: 'manual-data-entry', label: 'Manual data entry' },
        weeklyHours: 10,
        estimated: true,
      },
    ]);
  });

  it.each([
    [{ ...seedRequest, employees: 0 }, 'employees'],
    [{ ...seedRequest, employees: 'many' }, 'employees'],
    [{ ...seedRequest, employees: 2.5 }, 'employees'],
    [{ ...seedRequest, processes: [] }, 'processes'],
    [{ ...seedRequest, processes: 'invoice processing' }, 'processes'],
    [{ ...seedRequest, processes: [''] }, 'processes.0'],
    [{ ...seedRequest, timeSpent: { 'invoice processing': -1 } }, 'timeSpent.invoice processing'],
    [{ ...seedRequest, timeSpent: { 'invoice processing': 'lots' } }, 'timeSpent.invoice processing'],
    [{ ...seedRequest, timeSpent: { payroll: 3 } }, 'timeSpent.payroll'],
    [{ employees: 2, processes: ['x'], timeSpent: { x: 81 } }, 'timeSpent'],
    [{ processes: ['x'], timeSpent: {} }, 'employees'],
  ])('refuses %j with a 400 naming the field', async (request, field) => {
    const { response, body } = await postRoi(request);
    expect(response.status).toBe(400);
    expectSeedError(body, field);
  });

  it('refuses malformed and non-JSON bodies in the seed format', async () => {
    const malformed = await postRoi('{"employees": ');
    expect(malformed.response.status).toBe(400);
    expectSeedError(malformed.body);
    const response = await fetch(url('/api/calculator/roi'), { method: 'POST', body: 'employees=3' });
    expect(response.status).toBe(415);
  });
});

describe('roi.calculate (tRPC)', () => {
  it('gives the same figures as the REST endpoint', async () => {
    const rest = await postRoi(seedRequest);
    const { status, body } = await trpc('query', 'roi.calculate', seedRequest);
    expect(status).toBe(200);
    expect(body.result.data.json).toEqual(rest.body);
  });

  it('answers bad input with a 400 carrying the seed error', async () => {
    const { status, body } = await trpc('query', 'roi.calculate', { ...seedRequest, employees: -5 });
    expect(status).toBe(400);
    expect(body.error.json.data.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'employees' } });
  });

  it('offers the catalogue of the audit configuration', async () => {
    const { body } = await trpc('query', 'roi.catalogue', undefined);
    const catalogue = body.result.data.json;
    expect(catalogue.currency).toBe('EUR');
    expect(catalogue.maxWeeklyHoursPerProcess).toBe(120);
    expect(catalogue.processes.map((p: any) => p.slug)).toContain('invoice-processing');
    // Pain points that take no hours (strategy, change readiness) are not processes to time.
    expect(catalogue.processes.map((p: any) => p.slug)).not.toContain('no-ai-strategy');
  });
});
