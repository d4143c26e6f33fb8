// The title block every staff page starts with.
import type { ReactNode } from 'react';

export function PageHeader({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight text-ink">{title}</h1>
      {description && <p className="mt-1 max-w-3xl text-ink-muted">{description}</p>}
      {children}
    </div>
  );
}
