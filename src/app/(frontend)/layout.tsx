// Root layout of the site and the admin area (the CMS has its own under (payload)).
import type { Metadata, Viewport } from 'next';
import localFont from 'next/font/local';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { siteOrigin } from '@/server/content/site-url';
import '../globals.css';

const inter = localFont({
  src: '../../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  weight: '100 900',
  display: 'swap',
});

export const metadata: Metadata = {
  // Canonical, OpenGraph and Twitter URLs are resolved against the public site URL.
  metadataBase: new URL(siteOrigin()),
  // The static files in public/ (npm run static-files); pages with a cover image override it.
  openGraph: {
    siteName: 'XTeam.Pro',
    locale: 'en_GB',
    type: 'website',
    images: [{ url: '/og-default.png', width: 1200, height: 630, alt: 'XTeam.Pro — AI process automation' }],
  },
  twitter: { card: 'summary_large_image', images: ['/og-default.png'] },
  icons: {
    icon: [
      { url: '/favicon.ico', sizes: '32x32' },
      { url: '/icon.svg', type: 'image/svg+xml' },
    ],
    apple: [{ url: '/apple-touch-icon.png', sizes: '180x180' }],
  },
  manifest: '/site.webmanifest',
  title: { default: 'XTeam.Pro — AI process automation, audited and delivered', template: '%s · XTeam.Pro' },
  description:
    'XTeam.Pro finds the business processes worth automating, forecasts the return, and builds AI automations that last. Start with a free AI process audit.',
  applicationName: 'XTeam.Pro',
};

export const viewport: Viewport = { themeColor: '#2645e6', width: 'device-width', initialScale: 1 };

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  // Render per request: each response carries its own CSP nonce (src/proxy.ts), which Next
  // can only stamp on its inline scripts when the page is rendered for that request.
  await connection();
  return (
    <html lang="en" className={inter.variable}>
      <body className="flex min-h-dvh flex-col font-sans">{children}</body>
    </html>
  );
}
