// A titled card of the dashboard; `details` holds the data table behind a chart.
import type { ReactNode } from 'react';

export function Panel({
  id,
  title,
  description,
  children,
  details,
}: {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
  details?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-2xl bg-white p-4 ring-1 ring-slate-200 sm:p-6">
      <h2 id={`${id}-title`} className="text-lg font-semibold text-ink">
        {title}
      </h2>
      {description && <p className="mt-1 text-sm text-ink-muted">{description}</p>}
      <div className="mt-4">{children}</div>
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
