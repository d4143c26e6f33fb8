// Lets one NextAuth session open the CMS: staff sign in once at /admin/sign-in, and Payload
// accepts that session (admins and editors) instead of keeping passwords of its own.
import type { AuthStrategy } from 'payload';
import { env } from '../../src/env';
import { canUseCms } from '../../src/server/auth/roles';
import { readStaffToken } from '../../src/server/auth/token';

export const nextAuthStrategy: AuthStrategy = {
  name: 'next-auth',
  async authenticate({ headers, payload }) {
    const token = await readStaffToken(headers, env.NEXTAUTH_SECRET);
    if (!token?.email || !canUseCms(token.role)) return { user: null };
    const email = token.email.toLowerCase();
    const role = token.role === 'admin' ? 'admin' : 'editor';
    const name = token.name ?? email;

    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    });
    let user = found.docs[0];
    if (!user) {
      user = await payload.create({ collection: 'users', data: { email, name, role }, overrideAccess: true });
    } else if (user.role !== role || user.name !== name) {
      // The staff table is the source of truth; the CMS copy follows it.
      user = await payload.update({ collection: 'users', id: user.id, data: { role, name }, overrideAccess: true });
    }
    return { user: { ...user, collection: 'users' } };
  },
};
