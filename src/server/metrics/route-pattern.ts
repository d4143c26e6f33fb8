// The route label of an HTTP metric: the path with its ids and slugs replaced by placeholders,
// so the label set stays small whatever addresses are requested (unknown paths are "other").
const ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+)$/i;

/** Path prefixes whose next segment is a slug or id, as the app's routes define them. */
const WITH_PARAM: Record<string, string> = {
  '/blog': '/blog/:slug',
  '/case-studies': '/case-studies/:slug',
  '/solutions': '/solutions/:slug',
  '/legal': '/legal/:slug',
  '/audit/results': '/audit/results/:id',
  '/consultation/manage': '/consultation/manage/:token',
  '/admin/leads': '/admin/leads/:id',
  '/api/audit/results': '/api/audit/results/:id',
};

const KNOWN = new Set([
  '/',
  '/about',
  '/audit',
  '/blog',
  '/blog/rss.xml',
  '/case-studies',
  '/consultation',
  '/contact',
  '/pricing',
  '/privacy',
  '/solutions',
  '/sitemap.xml',
  '/robots.txt',
  '/icon.svg',
  '/status',
  '/your-data',
  '/api/audit/submit',
  '/api/calculator/roi',
  '/api/contact/submit',
  '/api/events',
  '/api/health',
  '/api/ready',
  '/api/metrics',
  '/api/preview',
  '/api/preview/exit',
  '/api/admin/leads/export.csv',
]);

export function routePattern(rawPath: string): string {
  const path = (rawPath.split('?')[0] ?? '/').replace(/\/+$/, '') || '/';
  if (KNOWN.has(path)) return path;
  if (path.startsWith('/_next/static/')) return '/_next/static';
  if (path.startsWith('/_next/image')) return '/_next/image';
  if (path.startsWith('/_next/')) return '/_next';
  const trpc = /^\/api\/trpc\/([A-Za-z.,]+)$/.exec(path);
  // Batched calls name several procedures; the first one stands for the batch.
  if (trpc?.[1]) return `/api/trpc/${trpc[1].split(',')[0]}`;
  if (path.startsWith('/api/auth/')) return '/api/auth';
  if (path === '/cms' || path.startsWith('/cms/')) return '/cms';
  const cms = /^\/api\/cms\/([a-z-]+)(\/.*)?$/.exec(path);
  if (cms?.[1]) return cms[2] ? `/api/cms/${cms[1]}/:rest` : `/api/cms/${cms[1]}`;
  if (/^\/api\/audit\/results\/[^/]+\/report$/.test(path)) return '/api/audit/results/:id/report';
  if (path.startsWith('/admin')) {
    const segments = path.split('/');
    if (segments.length === 4 && segments[2] === 'leads' && ID.test(segments[3] ?? '')) return '/admin/leads/:id';
    return path.split('/').length <= 4 ? path : 'other';
  }
  for (const [prefix, pattern] of Object.entries(WITH_PARAM)) {
    const rest = path.slice(prefix.length);
    if (path.startsWith(`${prefix}/`) && !rest.slice(1).includes('/')) return pattern;
  }
  return 'other';
}
