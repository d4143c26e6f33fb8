// Staff accounts for integration tests, created with the real `npm run staff` command.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { signIn } from './app';

export type TestRole = 'admin' | 'editor' | 'sales';

/**
 * Creates an account with the role through `npm run staff -- create`; returns its credentials.
 * The command normally takes a few seconds; one that sits idle while loading (seen rarely under
 * Node 20's module hooks) is stopped and run again: it had not created the account yet.
 */
export function createStaffAccount(role: TestRole): { email: string; password: string } {
  const email = `${role}-${randomBytes(4).toString('hex')}@test.xteam.pro`;
  const password = randomBytes(16).toString('base64url');
  // --name=value: a generated password may start with a dash.
  const args = [
    '--import',
    './scripts/register.mjs',
    'scripts/staff.ts',
    'create',
    `--email=${email}`,
    `--role=${role}`,
    `--password=${password}`,
  ];
  for (let attempt = 1; ; attempt += 1) {
    try {
      execFileSync(process.execPath, args, { env: process.env, stdio: 'pipe', timeout: 45_000, killSignal: 'SIGKILL' });
      return { email, password };
    } catch (error) {
      const timedOut = (error as { signal?: string }).signal === 'SIGKILL';
      if (!timedOut || attempt >= 3) throw error;
    }
  }
}

/** Creates an account with the role and returns the Cookie header of a signed-in session. */
export async function staffSession(role: TestRole): Promise<string> {
  const { email, password } = createStaffAccount(role);
  const cookie = await signIn(email, password);
  if (!cookie) throw new Error(`could not sign in as the new ${role}`);
  return cookie;
}
