// NextAuth configuration: staff sign in with email + password (credentials). The JWT names a
// staff_sessions row (sid); getStaffSession() honours it only while that row is valid.
import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '@/env';
import { sameOriginPath } from '@/lib/safe-redirect';
import { db } from '@/server/db/client';
import { logger } from '@/server/logging/logger';
import { readCookie } from '@/lib/cookie-header';
import { clientIpFrom } from '@/server/http/client-ip';
import { recordFailedSignInEvent, recordStaffEvent } from '@/server/staff/events';
import { DEVICE_COOKIE, isTrustedDevice } from './device-cookie';
import { isStaffRole } from './roles';
import { AccountLockedError, assertNotLocked, clearFailedSignIns, recordFailedSignIn } from './sign-in-guard';
import { clearFailedSignInsFrom, recordFailedSignInFrom } from './sign-in-throttle';
import { checkStaffSession, revokeStaffSession, startStaffSession } from './staff-sessions';
import { verifyStaffCredentials } from './staff-users';

export const sessionLimits = {
  idleMinutes: env.STAFF_IDLE_TIMEOUT_MINUTES,
  maxHours: env.STAFF_SESSION_MAX_HOURS,
};

class SessionEndedError extends Error {
  constructor(readonly reason: string) {
    super(`staff session ended: ${reason}`);
  }
}

/** The error code the sign-in form shows as "account locked". */
export const ACCOUNT_LOCKED = 'AccountLocked';

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: sessionLimits.maxHours * 60 * 60 },
  pages: { signIn: '/admin/sign-in', error: '/admin/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, request) {
        const email = credentials?.email;
        const headers = new Headers(request.headers as Record<string, string> | undefined);
        const ip = clientIpFrom(headers);
        // A browser that signed in as this email before is exempt from the account-wide lock.
        const trustedDevice =
          typeof email === 'string' &&
          isTrustedDevice(env.NEXTAUTH_SECRET, email.trim(), readCookie(headers.get('cookie'), DEVICE_COOKIE));
        try {
          if (!trustedDevice) await assertNotLocked(email);
        } catch (error) {
          if (error instanceof AccountLockedError) {
            logger.warn({ email }, 'staff sign-in refused: account locked');
            throw new Error(ACCOUNT_LOCKED);
          }
          throw error;
        }
        const staff = await verifyStaffCredentials(db, credentials);
        logger.info({ email, ok: Boolean(staff), trustedDevice }, 'staff sign-in attempt');
        if (!staff) {
          await Promise.all([
            recordFailedSignIn(email),
            recordFailedSignInFrom(ip, email),
            recordFailedSignInEvent(db, email, ip),
          ]);
          return null;
        }
        await Promise.all([clearFailedSignIns(email), clearFailedSignInsFrom(ip, email)]);
        const userAgent = headers.get('user-agent') ?? undefined;
        const sid = await startStaffSession(db, staff.id, sessionLimits, userAgent);
        await recordStaffEvent(db, { action: 'sign_in', actor: staff, target: staff, ip });
        return { ...staff, sid };
      },
    }),
  ],
  callbacks: {
    // Every redirect NextAuth makes (callbackUrl parameter or cookie) stays on the site; a
    // malformed one (`http://a:b`) falls back to the admin home instead of throwing.
    redirect({ url, baseUrl }) {
      return new URL(sameOriginPath(url, baseUrl, '/admin'), baseUrl).toString();
    },
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sid = user.sid;
        return token;
      }
      // Every later read: the session row decides, and the role is the current one. Throwing
      // makes NextAuth answer "no session" and clear the cookie.
      const checked = await checkStaffSession(db, token.sid, sessionLimits);
      if (!checked.live) throw new SessionEndedError(checked.reason);
      token.role = checked.live.user.role;
      token.email = checked.live.user.email;
      token.name = checked.live.user.name;
      return token;
    },
    session({ session, token }) {
      if (session.user && isStaffRole(token.role) && token.sub) {
        session.user.id = token.sub;
        session.user.role = token.role;
      }
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      await revokeStaffSession(db, token?.sid);
      // NextAuth hands this event no request, so no address is known here.
      if (token?.sub && token.email) {
        const who = { id: token.sub, email: token.email };
        await recordStaffEvent(db, { action: 'sign_out', actor: who, target: who });
      }
    },
  },
  logger: {
    error: (code, metadata) => {
      // An ended session (time-out, sign-out) is routine, not an error.
      const cause = metadata instanceof Error ? metadata : (metadata as { error?: unknown }).error;
      if (cause instanceof SessionEndedError) logger.info({ reason: cause.reason }, cause.message);
      else logger.error({ code, metadata }, 'next-auth error');
    },
    warn: (code) => logger.warn({ code }, 'next-auth warning'),
    debug: () => undefined,
  },
};
