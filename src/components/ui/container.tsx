// The page's horizontal rhythm: centred content with responsive side padding.
// A max-w-* class passed in replaces the default width (two max-widths would fight, and the
// one defined later in the stylesheet would win regardless of intent).
import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

export function Container({ className, ...props }: ComponentProps<'div'>) {
  const ownWidth = className?.split(/\s+/).some((name) => name.startsWith('max-w-'));
  return (
    <div className={cn('mx-auto w-full px-4 sm:px-6 lg:px-8', !ownWidth && 'max-w-content', className)} {...props} />
  );
}
