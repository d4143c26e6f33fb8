'use client';
// Page views on every route change of the app router, and clicks on any element marked with
// data-cta="<label>" (one listener for the whole site).
import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { sendEvent } from '@/lib/track';

const LABEL = /^[a-z0-9][a-z0-9-]{0,79}$/;

export function AnalyticsTracker() {
  const pathname = usePathname();

  useEffect(() => {
    if (pathname) sendEvent({ name: 'page_view', path: pathname });
  }, [pathname]);

  useEffect(() => {
    function onClick(event: MouseEvent) {
      const target = event.target instanceof Element ? event.target.closest('[data-cta]') : null;
      const label = target?.getAttribute('data-cta');
      if (label && LABEL.test(label)) sendEvent({ name: 'cta_click', path: window.location.pathname, label });
    }
    document.addEventListener('click', onClick, { capture: true });
    return () => document.removeEventListener('click', onClick, { capture: true });
  }, []);

  return null;
}
