// The ROI calculator's use cases: the figures for a request, and what the pricing page needs
// to offer (catalogue processes, typical hours, limits), both from the CMS audit configuration.
import 'server-only';
import { calculateRoi, CalculatorInputError, type CalculatorResult } from '@/domain/roi/calculator';
import { currentAuditConfig } from '@/server/audit/config-source';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import type { RoiCalculatorInput } from './schema';

export async function calculateForRequest(db: Db, input: RoiCalculatorInput): Promise<CalculatorResult> {
  const { config } = await currentAuditConfig(db);
  try {
    return calculateRoi(config, input);
  } catch (error) {
    if (error instanceof CalculatorInputError)
      throw new AppError('VALIDATION_ERROR', 'Invalid input data', { field: error.field, reason: error.reason });
    throw error;
  }
}

export interface CalculatorCatalogue {
  currency: string;
  maxWeeklyHoursPerProcess: number;
  processes: Array<{ slug: string; label: string; weeklyHoursPer100Employees: number }>;
  defaultWeeklyHoursPer100Employees: number;
  /** How implementation is priced: the service package on /pricing, when one prices the forecasts. */
  pricing: { package: string | null; baseCost: number; perProcessCost: number };
}

export async function calculatorCatalogue(db: Db): Promise<CalculatorCatalogue> {
  const { config } = await currentAuditConfig(db);
  return {
    currency: config.currency,
    maxWeeklyHoursPerProcess: config.roi.maxWeeklyHoursPerProcess,
    defaultWeeklyHoursPer100Employees: config.roi.defaultWeeklyHoursPer100Employees,
    pricing: {
      package: config.roi.implementation.package ?? null,
      baseCost: config.roi.implementation.baseCost,
      perProcessCost: config.roi.implementation.perProcessCost,
    },
    // Pain points without hours (strategy, change readiness) are not processes to time.
    processes: config.painPoints
      .filter((p) => p.weeklyHoursPer100Employees > 0)
      .map((p) => ({
        slug: p.slug,
        label: p.label,
        weeklyHoursPer100Employees: p.weeklyHoursPer100Employees,
      })),
  };
}
