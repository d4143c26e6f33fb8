// A loading message for a region that is still fetching. Only the dot pulses: pulsing the text
// itself halves its contrast mid-animation (axe caught "Checking services…" at 50% opacity).
import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

/** Pass the box (padding, rounding, background): cn() joins classes, it does not merge them. */
export function LoadingNotice({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <p role="status" className={cn('flex items-start gap-3 text-ink-muted', className)}>
      <span aria-hidden="true" className="mt-2 h-2 w-2 shrink-0 rounded-full bg-brand-500 motion-safe:animate-pulse" />
      <span>{children}</span>
    </p>
  );
}
