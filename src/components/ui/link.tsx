'use client';
// The site's links: Next's client-side navigation, prefetched when a visitor shows intent
// (pointer over it, keyboard focus, a touch) instead of when it scrolls into view. A page
// load no longer fetches and decodes the routes of every visible link while the page is
// still starting up (on a throttled phone those prefetches were long main-thread tasks);
// the public pages are answered from the page cache, so a prefetch on intent is ample.
import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

type Props = ComponentProps<typeof NextLink>;

export default function Link({ href, prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: Props) {
  const router = useRouter();
  const target = typeof href === 'string' ? href : null;
  // Same-site paths only; an explicit prefetch choice is Next's to honour.
  const onIntent =
    prefetch === undefined && target?.startsWith('/') && !target.startsWith('//')
      ? () => router.prefetch(target)
      : undefined;
  // Each handler tells of the intent, then does what the caller asked for.
  const withIntent =
    <Event,>(handler?: (event: Event) => void) =>
    (event: Event) => {
      onIntent?.();
      handler?.(event);
    };
  return (
    <NextLink
      href={href}
      prefetch={prefetch ?? false}
      onMouseEnter={withIntent(onMouseEnter)}
      onFocus={withIntent(onFocus)}
      onTouchStart={withIntent(onTouchStart)}
      {...props}
    />
  );
}
