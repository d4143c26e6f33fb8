// One price model: the implementation cost of the audit's ROI forecast and of the calculator
// comes from the service package that /pricing sells (the CMS package marked "prices the ROI
// forecasts"): cost = (package base + package per-process amount x processes) x size
// multiplier, + contingency when conservative. Pure.
import type { AuditConfig } from '../audit/config';

export interface PricingPackage {
  name: string;
  currency: string;
  /** One-off amount per engagement (0 for a pure per-process price). */
  baseCost: number;
  perProcessCost: number;
}

/**
 * The configuration with its implementation model taken from the package. A package in
 * another currency than the configuration's is not mixed in: the configured model stays.
 */
export function withPricingPackage(config: AuditConfig, pkg: PricingPackage | null): AuditConfig {
  if (!pkg || pkg.currency.toUpperCase() !== config.currency.toUpperCase()) return config;
  return {
    ...config,
    roi: {
      ...config.roi,
      implementation: {
        ...config.roi.implementation,
        baseCost: pkg.baseCost,
        perProcessCost: pkg.perProcessCost,
        package: pkg.name,
      },
    },
  };
}
