// Lets one NextAuth session open the CMS: staff sign in once at /admin/sign-in, and Payload
// accepts that session (admins and editors) instead of keeping passwords of its own. The staff
// session row is checked like everywhere else, so sign-out and the time-outs apply here too.
import type { AuthStrategy } from 'payload';
import { env } from '../../src/env';
import { canUseCms } from '../../src/server/auth/roles';
import { readStaffToken } from '../../src/server/auth/token';

async function liveStaff(headers: Headers) {
  const token = await readStaffToken(headers, env.NEXTAUTH_SECRET);
  if (!token?.sid) return null;
  // Loaded lazily: the Payload CLI reads this config outside the server.
  const [{ db }, { checkStaffSession }, { sessionLimits }] = await Promise.all([
    import('../../src/server/db/client'),
    import('../../src/server/auth/staff-sessions'),
    import('../../src/server/auth/options'),
  ]);
  const checked = await checkStaffSession(db, token.sid, sessionLimits);
  return checked.live?.user ?? null;
}

export const nextAuthStrategy: AuthStrategy = {
  name: 'next-auth',
  async authenticate({ headers, payload }) {
    const staff = await liveStaff(headers);
    if (!staff || !canUseCms(staff.role)) return { user: null };
    const email = staff.email.toLowerCase();
    const role = staff.role === 'admin' ? 'admin' : 'editor';
    const name = staff.name || email;

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
