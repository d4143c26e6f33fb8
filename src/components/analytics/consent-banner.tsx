'use client';
// The analytics choice: a labelled region at the top of the page, rendered by the server when
// the request has no choice yet (so it is in the first paint and shifts nothing later, and never
// covers the page's controls). The footer's "Cookie settings" opens it again as a panel fixed to
// the bottom of the viewport, where the visitor is.
import { useEffect, useRef, useState } from 'react';
import Link from '@/components/ui/link';
import { Button } from '@/components/ui/button';
import { browserOptsOut, onOpenConsentSettings, setConsent } from '@/lib/consent';
import { cn } from '@/lib/cn';
import { useConsent, type ConsentState } from './consent-store';

export function ConsentBanner({ initial }: { initial: ConsentState }) {
  const consent = useConsent(initial);
  const [reopened, setReopened] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(
    () =>
      onOpenConsentSettings(() => {
        setReopened(true);
        // Wait for the banner to render, then take the keyboard there.
        requestAnimationFrame(() => headingRef.current?.focus());
      }),
    [],
  );

  if (consent === null || (consent !== 'unset' && !reopened)) return null;

  const choose = (choice: 'allow' | 'deny') => {
    setConsent(choice);
    setReopened(false);
  };

  return (
    <section
      role="region"
      aria-labelledby="consent-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && consent !== 'unset') setReopened(false);
      }}
      className={cn(
        'border-slate-200 bg-white',
        reopened
          ? 'fixed inset-x-0 bottom-0 z-50 border-t shadow-[0_-8px_24px_rgba(15,23,42,0.08)]'
          : 'border-b bg-slate-50',
      )}
    >
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:gap-6 sm:px-6">
        <div className="flex-1 text-sm text-ink-muted">
          <h2 id="consent-title" ref={headingRef} tabIndex={-1} className="font-semibold text-ink outline-none">
            Privacy-friendly analytics
          </h2>
          <p className="mt-1">
            We count visits on our own servers to improve the site: no advertising, no third parties. Allow a cookie so
            we can recognise your return visits, or decline and we record nothing about you.{' '}
            <Link href="/privacy" className="font-medium text-brand-700 underline">
              Privacy notice
            </Link>
          </p>
          {consent !== 'unset' && (
            <p className="mt-1 text-xs text-ink-subtle">
              Your current choice: {consent === 'allow' ? 'allowed' : 'declined'}.
            </p>
          )}
          {reopened && browserOptsOut() && (
            <p className="mt-1 text-xs text-ink-subtle">
              Your browser asks sites not to track you, so we record nothing whatever you choose.
            </p>
          )}
        </div>
        <div className="flex gap-3">
          <Button variant="secondary" onClick={() => choose('deny')} className="flex-1 sm:flex-none">
            Decline
          </Button>
          <Button onClick={() => choose('allow')} className="flex-1 sm:flex-none">
            Allow
          </Button>
        </div>
      </div>
    </section>
  );
}
