// A lead's status and priority, in words and colour (colour is never the only signal).
import { cn } from '@/lib/cn';
import { STATUS_LABELS, type LeadStatus } from '@/server/leads/schema';

const STATUS_STYLES: Record<LeadStatus, string> = {
  new: 'bg-sky-50 text-sky-800 ring-sky-200',
  in_progress: 'bg-amber-50 text-amber-800 ring-amber-200',
  resolved: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  closed: 'bg-slate-100 text-slate-700 ring-slate-300',
};

export function LeadStatusBadge({ status }: { status: string }) {
  const known = status in STATUS_STYLES ? (status as LeadStatus) : null;
  return (
    <span
      className={cn(
        'inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1',
        known ? STATUS_STYLES[known] : 'bg-slate-100 text-slate-700 ring-slate-300',
      )}
    >
      {known ? STATUS_LABELS[known] : status}
    </span>
  );
}

const BAND_STYLES = {
  high: 'bg-red-50 text-red-800 ring-red-200',
  medium: 'bg-amber-50 text-amber-800 ring-amber-200',
  low: 'bg-slate-100 text-slate-700 ring-slate-300',
} as const;

export function PriorityBadge({ score, band }: { score: number; band: keyof typeof BAND_STYLES }) {
  return (
    <span
      className={cn(
        'inline-flex items-baseline gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1',
        BAND_STYLES[band],
      )}
    >
      <span className="tabular-nums">{score}</span>
      <span className="font-medium capitalize">{band}</span>
    </span>
  );
}
