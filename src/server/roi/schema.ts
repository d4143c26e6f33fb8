// Input of the ROI calculator: the seed's contract (employees, processes, timeSpent), shared
// by the REST route, the tRPC procedure and the pricing page.
import { z } from 'zod';
import { textString } from '@/lib/text';

export const MAX_PROCESSES = 20;
export const MAX_EMPLOYEES = 1_000_000;

const processName = textString().trim().min(1, 'Must not be empty').max(120, 'At most 120 characters');

export const roiCalculatorInput = z.object({
  employees: z
    .number('Enter the number of employees')
    .int('Use a whole number of employees')
    .min(1, 'At least 1 employee')
    .max(MAX_EMPLOYEES, `At most ${MAX_EMPLOYEES.toLocaleString('en-US')} employees`),
  processes: z
    .array(processName, 'List the processes to automate')
    .min(1, 'Name at least one process')
    .max(MAX_PROCESSES, `At most ${MAX_PROCESSES} processes`),
  timeSpent: z
    .record(
      processName,
      z
        .number('Give hours per week as a number')
        .min(0, 'Hours cannot be negative')
        .max(10_000, 'At most 10,000 hours'),
      'Give hours per week per process, e.g. {"invoice processing": 20}',
    )
    .refine((hours) => Object.keys(hours).length <= MAX_PROCESSES, `At most ${MAX_PROCESSES} processes`)
    .default({}),
});

export type RoiCalculatorInput = z.infer<typeof roiCalculatorInput>;
