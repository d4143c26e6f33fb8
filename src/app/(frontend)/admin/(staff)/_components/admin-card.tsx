// A white card of the staff area: optionally titled (a labelled section), with an optional
// "Show the figures as a table" disclosure for the data behind a chart.
import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

export function AdminCard({
  title,
  titleId,
  description,
  children,
  details,
  className,
  bodyClassName,
  testId,
}: {
  title?: string;
  /** The heading's id (the section is labelled by it); defaults to none when untitled. */
  titleId?: string;
  description?: ReactNode;
  children: ReactNode;
  details?: ReactNode;
  className?: string;
  /** Classes of the body, e.g. a gap between several blocks. */
  bodyClassName?: string;
  testId?: string;
}) {
  return (
    <section
      aria-labelledby={title ? titleId : undefined}
      data-testid={testId}
      className={cn('rounded-2xl bg-white p-4 ring-1 ring-slate-200 sm:p-6', className)}
    >
      {title && (
        <h2 id={titleId} className="text-lg font-semibold text-ink">
          {title}
        </h2>
      )}
      {description && <div className="mt-1 text-sm text-ink-muted">{description}</div>}
      <div className={cn(Boolean(title ?? description) && 'mt-4', bodyClassName)}>{children}</div>
      {details && (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer font-medium text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600">
            Show the figures as a table
          </summary>
          <div className="mt-2">{details}</div>
        </details>
      )}
    </section>
  );
}

/** A plain message in a card: nothing found, nothing to do. */
export function EmptyCard({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p role="status" data-testid={testId} className="rounded-2xl bg-white p-8 text-ink-muted ring-1 ring-slate-200">
      {children}
    </p>
  );
}
