// The origin to build absolute links on for this request: the one the visitor used when it is
// one of the site's own (see request-origin.ts), else SITE_URL.
import { env } from '@/env';
import { trustedRequestOrigin } from './request-origin';

export function ownOriginFor(headers: Pick<Headers, 'get'> | undefined): string {
  // The app's own listener speaks plain HTTP; behind a TLS proxy SITE_URL (https) is the answer.
  return trustedRequestOrigin(headers?.get('host'), 'http:', {
    siteOrigin: new URL(env.SITE_URL).origin,
    allowedOrigins: env.ALLOWED_ORIGINS,
  });
}
