// The calculator's headline figures as the pricing page shows them, shared by the page and the
// "email me this estimate" message so both carry the same words and numbers. Pure.
import { formatMoney as money, formatMonths as months } from '@/domain/format';
import type { CalculatorResult } from '@/domain/roi/calculator';

export interface EstimateFigure {
  key: 'savings' | 'payback' | 'cost' | 'efficiency';
  label: string;
  /** The expected case. */
  value: string;
  /** The conservative case beside it. */
  range: string;
}

export function estimateFigures(result: CalculatorResult): EstimateFigure[] {
  const { currency, ranges } = result;
  return [
    {
      key: 'savings',
      label: 'Savings per year',
      value: money(result.potentialSavings, currency),
      range: `from ${money(ranges.potentialSavings.conservative, currency)} if adoption is slow`,
    },
    {
      key: 'payback',
      label: 'Payback',
      value: months(result.paybackPeriod),
      range: `${months(ranges.paybackPeriod.conservative)} in the conservative case`,
    },
    {
      key: 'cost',
      label: 'Implementation',
      value: money(result.implementationCost, currency),
      range: `up to ${money(ranges.implementationCost.conservative, currency)} with contingency`,
    },
    {
      key: 'efficiency',
      label: 'Time saved on these processes',
      value: `${result.efficiency}%`,
      range: `${ranges.efficiency.conservative}% conservative · ${ranges.annualHoursSaved.expected.toLocaleString('en-US')} h a year`,
    },
  ];
}
