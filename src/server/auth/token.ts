// Reads the NextAuth session token from request headers, for code outside NextAuth's own
// helpers: the proxy and the CMS auth strategy. One reader, so both agree on the cookie.
import { getToken, type JWT } from 'next-auth/jwt';
import { parseCookieHeader } from '../../lib/cookie-header';

export async function readStaffToken(headers: Headers, secret: string): Promise<JWT | null> {
  const req = { headers: Object.fromEntries(headers.entries()), cookies: parseCookieHeader(headers.get('cookie')) };
  // getToken only reads `headers` and `cookies`; its parameter type asks for a full request.
  return getToken({ req: req as unknown as Parameters<typeof getToken>[0]['req'], secret });
}
