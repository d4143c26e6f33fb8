// Request boundary: the cross-site rule for state-changing requests (before any handler can
// spend a budget), a request id and a CSP nonce on every request, a first gate in front
// of /admin and /cms (each page and procedure still checks the session itself), and the
// rewrite that serves an A/B experiment's variant (src/server/experiments/serve.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/env';
import { can, capabilityForPath, homeFor } from '@/server/auth/roles';
import { readStaffToken } from '@/server/auth/token';
import { errorBody } from '@/server/errors';
import { experimentRewrite } from '@/server/experiments/serve';
import { isUsableCallbackUrl, unusableCallbackCookies } from '@/server/http/callback-url';
import { crossSiteRefusal, needsSameOrigin } from '@/server/http/cross-site';
import { buildContentSecurityPolicy } from '@/server/http/csp';
import { ownOriginFor } from '@/server/http/own-origin';
import { newNonce, requestIdFrom } from '@/server/http/request-id';
import { DRAFT_MODE_COOKIE, VARIANT_HEADER, isCachedPath } from '@/server/page-cache/policy';

const PUBLIC_ADMIN_PATHS = new Set(['/admin/sign-in', '/admin/sign-out']);
/** "Forgot password" and the set-password pages of emailed links: for people not signed in. */
const PUBLIC_ADMIN_PREFIX = '/admin/password/';

/** A signed-in CMS editor looking at a draft: the CMS's live preview pane may frame the page. */
async function isEditorPreview(request: NextRequest): Promise<boolean> {
  if (!request.cookies.has(DRAFT_MODE_COOKIE) || request.method !== 'GET') return false;
  const token = await readStaffToken(request.headers, env.NEXTAUTH_SECRET);
  return Boolean(token && can(token.role, 'cms'));
}

function needsStaff(pathname: string): boolean {
  if (pathname === '/cms' || pathname.startsWith('/cms/')) return true;
  if (PUBLIC_ADMIN_PATHS.has(pathname) || pathname.startsWith(PUBLIC_ADMIN_PREFIX)) return false;
  return pathname === '/admin' || pathname.startsWith('/admin/');
}

function signInRedirect(request: NextRequest, error?: string) {
  const url = new URL('/admin/sign-in', request.url);
  url.searchParams.set('callbackUrl', request.nextUrl.pathname + request.nextUrl.search);
  if (error) url.searchParams.set('error', error);
  return NextResponse.redirect(url);
}

function crossSiteForbidden(request: NextRequest): NextResponse | null {
  if (!needsSameOrigin(request.method, request.nextUrl.pathname)) return null;
  // Next's own URL carries the configured host (localhost), not the one the browser used: an
  // editor on 127.0.0.1 posts with Origin 127.0.0.1, one of the site's own names.
  const reason = crossSiteRefusal(request.headers, ownOriginFor(request.headers), {
    siteOrigin: new URL(env.SITE_URL).origin,
    allowedOrigins: env.ALLOWED_ORIGINS,
  });
  if (!reason) return null;
  return NextResponse.json(errorBody('FORBIDDEN', 'Cross-site requests are not accepted', { reason }), {
    status: 403,
  });
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const forbidden = crossSiteForbidden(request);
  if (forbidden) return forbidden;
  const authBase = env.NEXTAUTH_URL ?? env.SITE_URL;
  const callbackUrl = request.nextUrl.searchParams.get('callbackUrl');
  if (pathname.startsWith('/api/auth/') && callbackUrl !== null && !isUsableCallbackUrl(callbackUrl, authBase)) {
    return NextResponse.json(
      errorBody('VALIDATION_ERROR', 'Invalid input data', { field: 'callbackUrl', reason: 'Not a URL on this site' }),
      { status: 400 },
    );
  }
  // Cheap when absent: only a cookie header naming a callback URL is looked at.
  const badCallbackCookies = request.headers.get('cookie')?.includes('callback-url')
    ? unusableCallbackCookies((name) => request.cookies.get(name)?.value, authBase)
    : [];
  for (const name of badCallbackCookies) request.cookies.delete(name);
  if (needsStaff(pathname)) {
    const token = await readStaffToken(request.headers, env.NEXTAUTH_SECRET);
    if (!token) return signInRedirect(request);
    const capability = capabilityForPath(pathname);
    if (capability && !can(token.role, capability)) {
      // Signed in, but this part is not for this role: back to where the role works.
      return NextResponse.redirect(new URL(`${homeFor(token.role)}?denied=${capability}`, request.url));
    }
  }

  const requestId = requestIdFrom(request.headers.get('x-request-id'));
  const nonce = newNonce();
  const framedByOwnOrigin = await isEditorPreview(request);
  const csp = buildContentSecurityPolicy(nonce, env.NODE_ENV === 'development', {
    googleAnalytics: Boolean(env.GA_MEASUREMENT_ID),
    framedByOwnOrigin,
  });

  const headers = new Headers(request.headers);
  if (badCallbackCookies.length) headers.set('cookie', request.cookies.toString());
  headers.set('x-request-id', requestId);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);

  // The variant is chosen here, on the server, so the page arrives with it: no flash, no shift.
  const variant = await experimentRewrite(request);
  const response = variant
    ? NextResponse.rewrite(variant.url, { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('x-request-id', requestId);
  // The listener's page cache keeps this render as this variant's page (src/server/page-cache).
  if (variant?.token && isCachedPath(pathname)) response.headers.set(VARIANT_HEADER, variant.token);
  // next.config.js sets DENY on every response without a draft-mode cookie; with one, here.
  if (request.cookies.has(DRAFT_MODE_COOKIE)) {
    response.headers.set('X-Frame-Options', framedByOwnOrigin ? 'SAMEORIGIN' : 'DENY');
  }
  for (const name of badCallbackCookies) response.cookies.delete(name);
  return response;
}

export const config = {
  // Build assets and the files of public/ need nothing from the proxy (no page, no nonce):
  // next.config.js gives them their headers. Listed literally: Next reads the matcher statically.
  matcher: [
    {
      source:
        '/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg|apple-touch-icon\\.png|icon-192\\.png|icon-512\\.png|og-default\\.png|site\\.webmanifest).*)',
    },
  ],
};
