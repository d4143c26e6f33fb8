// Measured results as large figures (a description list: value, then what it measures).
import { cn } from '@/lib/cn';

export function ResultFigures({
  results,
  className,
  compact = false,
}: {
  results: { id?: string | null; value: string; label: string }[] | null | undefined;
  className?: string;
  compact?: boolean;
}) {
  if (!results?.length) return null;
  return (
    <dl className={cn('grid gap-4', compact ? 'grid-cols-1 sm:grid-cols-3' : 'sm:grid-cols-3', className)}>
      {results.map((result) => (
        <div key={result.id ?? result.label} className="flex flex-col-reverse rounded-xl bg-slate-50 p-4">
          <dt className="mt-1 text-sm leading-snug text-ink-muted">{result.label}</dt>
          <dd className={cn('font-bold tracking-tight text-brand-700', compact ? 'text-2xl' : 'text-3xl')}>
            {result.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
