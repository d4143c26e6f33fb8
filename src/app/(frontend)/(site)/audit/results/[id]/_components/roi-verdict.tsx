// Advice that follows the numbers: when the forecast does not pay back within three years,
// the results page says so before the table and leads with the cheapest pilot.
import type { RoiForecast } from '@/domain/roi/forecast';
import { roiVerdict } from '@/domain/roi/verdict';

export function RoiVerdictNote({ roi }: { roi: RoiForecast }) {
  const { statement } = roiVerdict(roi);
  if (!statement) return null;
  return (
    <p
      data-testid="roi-verdict"
      className="mb-4 rounded-xl bg-amber-50 p-4 text-sm text-amber-900 ring-1 ring-amber-200"
    >
      {statement}
    </p>
  );
}
