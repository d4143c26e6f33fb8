'use client';
// The analytics choice: a labelled region fixed to the bottom of the viewport (so it shifts
// no content), shown until the visitor chooses, and again from the footer's "Cookie settings".
import { useEffect, useRef, useState } from 'react';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { browserOptsOut, onOpenConsentSettings, setConsent } from '@/lib/consent';
import { useConsent } from './consent-store';

export function ConsentBanner() {
  const consent = useConsent();
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
      className="fixed inset-x-0 bottom-0 z-50 border-t border-slate-200 bg-white/95 shadow-[0_-8px_24px_rgba(15,23,42,0.08)] backdrop-blur"
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
          {consent !== null && browserOptsOut() && (
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
