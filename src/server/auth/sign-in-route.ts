// The credentials sign-in endpoint around NextAuth: the address throttles answer 429 with
// Retry-After (NextAuth itself could only redirect with an error), and a successful sign-in
// gets the trusted-device cookie for its email (device-cookie.ts).
import 'server-only';
import { env } from '@/env';
import { AppError } from '@/server/errors';
import { clientIpFrom } from '@/server/http/client-ip';
import { errorResponse, requestIdOf } from '@/server/http/rest';
import { deviceCookieHeader } from './device-cookie';
import { signInRetryAfter } from './sign-in-throttle';

export const CREDENTIALS_CALLBACK_PATH = '/api/auth/callback/credentials';

async function emailOf(request: Request): Promise<string | null> {
  try {
    const email = (await request.clone().formData()).get('email');
    return typeof email === 'string' ? email : null;
  } catch {
    return null;
  }
}

export async function credentialsSignIn(request: Request, nextAuth: () => Promise<Response>): Promise<Response> {
  const email = await emailOf(request);
  const retryAfterSeconds = await signInRetryAfter(clientIpFrom(request.headers), email);
  if (retryAfterSeconds) {
    return errorResponse(
      new AppError('RATE_LIMITED', 'Too many failed sign-ins from your network. Please wait and try again.', {
        reason: 'signInThrottled',
        retryAfterSeconds,
      }),
      requestIdOf(request),
    );
  }
  const response = await nextAuth();
  const signedIn = response.headers.getSetCookie().some((cookie) => /session-token=[^;]+/.test(cookie));
  if (!signedIn || !email) return response;
  const headers = new Headers(response.headers);
  const secure = new URL(env.NEXTAUTH_URL ?? env.SITE_URL).protocol === 'https:';
  headers.append('Set-Cookie', deviceCookieHeader(env.NEXTAUTH_SECRET, email.trim(), secure));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
