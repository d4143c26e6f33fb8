// How many rows of each kind an export held, for the request record (counts, never content).
import type { CollectedData } from './collect';

export function exportSummary(collected: CollectedData): Record<string, number> {
  const summary: Record<string, number> = { reports: collected.reportKeys.length };
  for (const [key, value] of Object.entries(collected.data)) {
    if (Array.isArray(value)) summary[key] = value.length;
  }
  return summary;
}
