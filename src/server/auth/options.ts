// NextAuth configuration: staff sign in with email + password (credentials), JWT sessions.
import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '@/env';
import { db } from '@/server/db/client';
import { logger } from '@/server/logging/logger';
import { isStaffRole } from './roles';
import { verifyStaffCredentials } from './staff-users';

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/admin/sign-in', error: '/admin/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials) {
        const staff = await verifyStaffCredentials(db, credentials);
        logger.info({ email: credentials?.email, ok: Boolean(staff) }, 'staff sign-in attempt');
        return staff;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
      }
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
  logger: {
    error: (code, metadata) => logger.error({ code, metadata }, 'next-auth error'),
    warn: (code) => logger.warn({ code }, 'next-auth warning'),
    debug: () => undefined,
  },
};
