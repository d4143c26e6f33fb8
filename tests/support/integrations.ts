// Integration keys and webhook endpoints for tests, made through the admin's own procedures.
import { adminCredentials, signIn, trpc } from './app';

let adminCookie: Promise<string> | undefined;

/** The run's admin session (one per test file). */
export function adminSession(): Promise<string> {
  adminCookie ??= (async () => {
    const { email, password } = adminCredentials();
    const cookie = await signIn(email, password);
    if (!cookie) throw new Error('could not sign in as the run’s admin');
    return cookie;
  })();
  return adminCookie;
}

/** Calls an integrations procedure as the admin; throws with the error body unless it succeeds. */
export async function asAdmin(kind: 'query' | 'mutation', procedure: string, input: unknown): Promise<any> {
  const { status, body } = await trpc(kind, `integrations.${procedure}`, input, await adminSession());
  if (status !== 200) throw new Error(`integrations.${procedure} answered ${status}: ${JSON.stringify(body)}`);
  return body.result.data.json;
}

export async function createApiKey(scopes: string[], name = 'test key'): Promise<{ id: string; key: string }> {
  const created = await asAdmin('mutation', 'createKey', { name, scopes });
  return { id: created.id, key: created.key };
}

export const ALL_SCOPES = ['leads:read', 'audits:read', 'audits:write', 'webhooks:manage'];
