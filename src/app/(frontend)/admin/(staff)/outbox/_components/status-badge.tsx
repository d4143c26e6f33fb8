// An outbox message's delivery state, in words and colour.
import { cn } from '@/lib/cn';

const STYLES: Record<string, { label: string; className: string }> = {
  queued: { label: 'Queued', className: 'bg-amber-50 text-amber-800 ring-amber-200' },
  sent: { label: 'Sent', className: 'bg-emerald-50 text-emerald-800 ring-emerald-200' },
  kept: { label: 'Kept (not sent)', className: 'bg-slate-100 text-slate-700 ring-slate-300' },
  failed: { label: 'Failed', className: 'bg-red-50 text-red-800 ring-red-200' },
};

export function StatusBadge({ status }: { status: string }) {
  const style = STYLES[status] ?? { label: status, className: 'bg-slate-100 text-slate-700 ring-slate-300' };
  return (
    <span className={cn('inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1', style.className)}>
      {style.label}
    </span>
  );
}
