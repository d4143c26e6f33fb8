'use client';
// Renders its children once their place comes near the viewport, the placeholder until then.
// A chart far below the fold costs a phone nothing (no chart library loaded, nothing rendered)
// until the visitor scrolls towards it: on /pricing it was a third of the main thread's work.
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function WhenNearView({
  children,
  placeholder,
  margin = '400px',
}: {
  children: ReactNode;
  placeholder: ReactNode;
  /** How far outside the viewport to start (a little early, so the visitor never waits). */
  margin?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, margin]);
  return <div ref={ref}>{near ? children : placeholder}</div>;
}
