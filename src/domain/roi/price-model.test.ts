import { describe, expect, it } from 'vitest';
import { makeConfig } from '../audit/fixtures.test-support';
import { calculateRoi } from './calculator';
import { withPricingPackage } from './price-model';

const config = makeConfig();
const pilot = { name: 'Automation Pilot', currency: 'EUR', baseCost: 0, perProcessCost: 18000 };

describe('withPricingPackage', () => {
  it('takes base and per-process amounts from the package, keeping the contingency', () => {
    const priced = withPricingPackage(config, pilot);
    expect(priced.roi.implementation).toEqual({
      baseCost: 0,
      perProcessCost: 18000,
      contingency: config.roi.implementation.contingency,
      package: 'Automation Pilot',
    });
    expect(config.roi.implementation.package).toBeUndefined();
  });

  it('prices the calculator by the package: 3 processes at 300 people = 3 x 18,000 x size multiplier', () => {
    const result = calculateRoi(withPricingPackage(config, pilot), {
      employees: 300,
      processes: ['invoice processing', 'order entry', 'reporting'],
      timeSpent: {},
    });
    const multiplier = config.companySizes.find((s) => s.slug === '100-500')!.implementationMultiplier;
    expect(result.implementationCost).toBe(3 * 18000 * multiplier);
    expect(result.assumptions.find((a) => a.key === 'implementation')!.label).toContain('“Automation Pilot” package');
  });

  it('keeps the configured model without a package or in another currency', () => {
    expect(withPricingPackage(config, null)).toBe(config);
    expect(withPricingPackage(config, { ...pilot, currency: 'usd' })).toBe(config);
    expect(withPricingPackage(config, { ...pilot, currency: 'eur' }).roi.implementation.perProcessCost).toBe(18000);
  });
});
