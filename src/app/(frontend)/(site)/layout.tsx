// Public pages: header, main landmark with a skip link target, footer; the analytics choice
// and first-party page-view tracking.
import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { CONSENT_COOKIE } from '@/domain/analytics/cookies';
import { env } from '@/env';
import { AnalyticsTracker } from '@/components/analytics/analytics-tracker';
import { ConsentBanner } from '@/components/analytics/consent-banner';
import { GoogleAnalytics } from '@/components/analytics/google-analytics';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const choice = (await cookies()).get(CONSENT_COOKIE)?.value;
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:shadow"
      >
        Skip to content
      </a>
      <ConsentBanner initial={choice === 'allow' || choice === 'deny' ? choice : 'unset'} />
      <SiteHeader />
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter />
      <AnalyticsTracker />
      <GoogleAnalytics measurementId={env.GA_MEASUREMENT_ID} />
    </>
  );
}
