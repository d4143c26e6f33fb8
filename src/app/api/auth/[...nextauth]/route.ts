// NextAuth at /api/auth; the credentials sign-in passes the address throttles first.
import NextAuth from 'next-auth';
import { authOptions } from '@/server/auth/options';
import { CREDENTIALS_CALLBACK_PATH, credentialsSignIn } from '@/server/auth/sign-in-route';
import { otherMethods } from '@/server/http/rest';

type Context = { params: Promise<{ nextauth: string[] }> };
const handler = NextAuth(authOptions) as (request: Request, context: Context) => Promise<Response>;

function post(request: Request, context: Context) {
  if (new URL(request.url).pathname !== CREDENTIALS_CALLBACK_PATH) return handler(request, context);
  return credentialsSignIn(request, () => handler(request, context));
}

export { handler as GET, post as POST };
export const { PUT, PATCH, DELETE } = otherMethods(['GET', 'POST']);
