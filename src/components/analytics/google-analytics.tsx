'use client';
// Optional Google Analytics 4 (GA_MEASUREMENT_ID): loaded only after the visitor allowed
// analytics, never for browsers sending GPC / DNT. Without an id nothing of Google is loaded.
import { useEffect } from 'react';
import { browserOptsOut } from '@/lib/consent';
import { useConsent } from './consent-store';

type Gtag = (...args: unknown[]) => void;

export function GoogleAnalytics({ measurementId }: { measurementId?: string }) {
  const consent = useConsent();
  useEffect(() => {
    if (!measurementId || consent !== 'allow' || browserOptsOut()) return;
    if (document.getElementById('ga-gtag')) return;
    const w = window as unknown as { dataLayer: unknown[]; gtag: Gtag };
    w.dataLayer = w.dataLayer ?? [];
    w.gtag = function gtag() {
      // gtag.js reads the arguments object itself.
      // eslint-disable-next-line prefer-rest-params
      w.dataLayer.push(arguments);
    };
    w.gtag('js', new Date());
    w.gtag('config', measurementId, { anonymize_ip: true });
    const script = document.createElement('script');
    script.id = 'ga-gtag';
    script.async = true;
    script.src = `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(measurementId)}`;
    document.head.appendChild(script);
  }, [consent, measurementId]);
  return null;
}
