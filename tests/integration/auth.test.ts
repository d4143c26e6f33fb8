// NextAuth credentials sign-in against admin_users over real HTTP.
import { describe, expect, it } from 'vitest';
import { adminCredentials, signIn, url } from '../support/app';

describe('staff sign-in', () => {
  it('accepts the seeded admin and exposes the role in the session', async () => {
    const { email, password } = adminCredentials();
    const cookie = await signIn(email, password);
    expect(cookie).toBeTruthy();
    const session = await (await fetch(url('/api/auth/session'), { headers: { cookie: cookie! } })).json();
    expect(session.user).toMatchObject({ email, role: 'admin' });
  });

  it('refuses a wrong password, an unknown email and a malformed one', async () => {
    const { email } = adminCredentials();
    expect(await signIn(email, 'wrong-password-123')).toBeNull();
    expect(await signIn('nobody@xteam.pro', 'whatever-password')).toBeNull();
    expect(await signIn('not an email', 'x')).toBeNull();
  });

  it('stores the password as an argon2id hash, never in clear', async () => {
    const pg = await import('pg');
    const client = new pg.default.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query(`SELECT password_hash FROM admin_users WHERE email = $1`, [
      adminCredentials().email,
    ]);
    await client.end();
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0].password_hash).not.toContain(adminCredentials().password);
  });

  it('redirects anonymous visitors of /admin and /cms to the sign-in page', async () => {
    for (const path of ['/admin', '/cms', '/cms/collections/users']) {
      const response = await fetch(url(path), { redirect: 'manual' });
      expect(response.status).toBe(307);
      const location = new URL(response.headers.get('location')!, url('/'));
      expect(location.pathname).toBe('/admin/sign-in');
      expect(location.searchParams.get('callbackUrl')).toBe(path);
    }
  });
});
