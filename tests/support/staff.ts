// Staff accounts for integration tests, created with the real `npm run staff` command.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { signIn } from './app';

export type TestRole = 'admin' | 'editor' | 'sales';

/** A unique address of the test domain and a random password for a new account. */
function newCredentials(role: TestRole): { email: string; password: string } {
  return {
    email: `${role}-${randomBytes(4).toString('hex')}@test.xteam.pro`,
    password: randomBytes(16).toString('base64url'),
  };
}

/** Creates an account with the role through `npm run staff -- create`; returns its credentials. */
export function createStaffAccount(role: TestRole): { email: string; password: string } {
  const { email, password } = newCredentials(role);
  // --name=value: a generated password may start with a dash.
  const args = [
    '--conditions=production',
    'scripts/run.mjs',
    'staff',
    'create',
    `--email=${email}`,
    `--role=${role}`,
    `--password=${password}`,
  ];
  execFileSync(process.execPath, args, { env: process.env, stdio: 'pipe' });
  return { email, password };
}

/**
 * Creates an account with the role in this process, with the service `npm run staff -- create`
 * calls (createStaffUser): no second Node process to start and load for each account. The
 * command itself is exercised by createStaffAccount's callers (the browser journeys).
 */
export async function newStaffAccount(role: TestRole): Promise<{ email: string; password: string }> {
  // Imported here: the browser journeys load this module too, and need no server code.
  const [{ db }, { createStaffUser }] = await Promise.all([
    import('@/server/db/client'),
    import('@/server/auth/staff-users'),
  ]);
  const credentials = newCredentials(role);
  await createStaffUser(db, { ...credentials, role });
  return credentials;
}

/** Creates an account with the role and returns the Cookie header of a signed-in session. */
export async function staffSession(role: TestRole): Promise<string> {
  const { email, password } = await newStaffAccount(role);
  const cookie = await signIn(email, password);
  if (!cookie) throw new Error(`could not sign in as the new ${role}`);
  return cookie;
}
