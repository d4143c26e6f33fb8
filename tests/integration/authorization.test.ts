// Who may open what in the staff area. Every tRPC procedure of the app is enumerated from the
// router itself, so a new staff procedure is covered the day it is added, and a new router must
// be classified here before this test passes. Anonymous callers get 401, signed-in staff without
// the capability 403; pages redirect to the sign-in page or to where the role works.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { trpc, url } from '../support/app';
import { staffSession, type TestRole } from '../support/staff';

type Capability = 'overview' | 'analytics' | 'leads' | 'staff' | 'privacy' | 'integrations';

/**
 * Routers open to the public (the audit, booking, contact, ROI calculator, health, "Your data"
 * links, and a staff member's own "Forgot password" and set-password links).
 */
const PUBLIC_ROUTERS = new Set(['audit', 'booking', 'contact', 'privacy', 'roi', 'staffAccount', 'system']);
/** Staff routers and the capability each needs (src/server/auth/roles.ts). */
const STAFF_ROUTERS: Record<string, Capability> = {
  analytics: 'analytics',
  me: 'overview',
  leads: 'leads',
  outbox: 'leads',
  privacyAdmin: 'privacy',
  staff: 'staff',
  integrations: 'integrations',
};
const ALLOWED: Record<Capability, TestRole[]> = {
  overview: ['admin', 'editor', 'sales'],
  analytics: ['admin'],
  leads: ['admin', 'sales'],
  staff: ['admin'],
  privacy: ['admin'],
  integrations: ['admin'],
};

interface Procedure {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
}

async function procedures(): Promise<Procedure[]> {
  const { appRouter } = await import('@/server/api/root');
  const defs = appRouter._def.procedures as unknown as Record<string, { _def: { type: Procedure['type'] } }>;
  return Object.entries(defs).map(([path, def]) => ({ path, type: def._def.type }));
}

const cookies: Partial<Record<TestRole, string>> = {};
let all: Procedure[] = [];

beforeAll(async () => {
  all = await procedures();
  const [admin, editor, sales] = await Promise.all([
    staffSession('admin'),
    staffSession('editor'),
    staffSession('sales'),
  ]);
  Object.assign(cookies, { admin, editor, sales });
});

function staffProcedures() {
  return all.filter((p) => p.path.split('.')[0]! in STAFF_ROUTERS);
}

async function call(procedure: Procedure, cookie?: string) {
  // Authorisation runs before input validation, so an empty input is enough to be refused.
  return trpc(procedure.type === 'mutation' ? 'mutation' : 'query', procedure.path, {}, cookie);
}

describe('tRPC authorisation', () => {
  it('every router is classified as public or staff', () => {
    expect(all.length).toBeGreaterThan(20);
    const unclassified = [...new Set(all.map((p) => p.path.split('.')[0]!))].filter(
      (router) => !PUBLIC_ROUTERS.has(router) && !(router in STAFF_ROUTERS),
    );
    expect(unclassified).toEqual([]);
    expect(staffProcedures().length).toBeGreaterThanOrEqual(6);
  });

  it('refuses every staff procedure to anonymous callers with 401', async () => {
    for (const procedure of staffProcedures()) {
      const { status, body } = await call(procedure);
      expect({ path: procedure.path, status }).toEqual({ path: procedure.path, status: 401 });
      expect(body.error.json.data.error.code).toBe('UNAUTHORIZED');
    }
  });

  for (const role of ['editor', 'sales', 'admin'] as const) {
    it(`gives a ${role} exactly the procedures of the role (403 for the others)`, async () => {
      for (const procedure of staffProcedures()) {
        const capability = STAFF_ROUTERS[procedure.path.split('.')[0]!]!;
        const { status, body } = await call(procedure, cookies[role]);
        if (ALLOWED[capability].includes(role)) {
          // Allowed: past the gate (a 400 for the empty input is fine, a 401/403 is not).
          expect({ path: procedure.path, refused: status === 401 || status === 403 }).toEqual({
            path: procedure.path,
            refused: false,
          });
        } else {
          expect({ path: procedure.path, status }).toEqual({ path: procedure.path, status: 403 });
          expect(body.error.json.data.error.code).toBe('FORBIDDEN');
        }
      }
    });
  }
});

describe('staff pages', () => {
  const someId = randomUUID();
  const PAGES: Array<{ path: string; allowed: TestRole[] }> = [
    { path: '/admin', allowed: ['admin', 'editor', 'sales'] },
    { path: '/admin/analytics', allowed: ['admin'] },
    { path: '/admin/settings', allowed: ['admin', 'editor', 'sales'] },
    { path: '/admin/experiments', allowed: ['admin'] },
    { path: '/admin/leads', allowed: ['admin', 'sales'] },
    { path: `/admin/leads/${someId}`, allowed: ['admin', 'sales'] },
    { path: '/admin/follow-ups', allowed: ['admin', 'sales'] },
    { path: '/admin/outbox', allowed: ['admin', 'sales'] },
    { path: `/admin/outbox/${someId}`, allowed: ['admin', 'sales'] },
    { path: '/admin/privacy', allowed: ['admin'] },
    { path: '/admin/staff', allowed: ['admin'] },
    { path: '/admin/staff/log', allowed: ['admin'] },
    { path: '/admin/integrations', allowed: ['admin'] },
    { path: '/cms', allowed: ['admin', 'editor'] },
    { path: '/cms/collections/posts', allowed: ['admin', 'editor'] },
  ];

  async function open(path: string, cookie?: string) {
    const response = await fetch(url(path), { redirect: 'manual', headers: cookie ? { cookie } : {} });
    const location = response.headers.get('location');
    return { status: response.status, location: location ? new URL(location, url('/')) : null };
  }

  it('sends anonymous visitors of every staff page to the sign-in page', async () => {
    for (const { path } of PAGES) {
      const { status, location } = await open(path);
      expect({ path, status }).toEqual({ path, status: 307 });
      expect(location?.pathname).toBe('/admin/sign-in');
    }
  });

  for (const role of ['editor', 'sales', 'admin'] as const) {
    it(`lets a ${role} open exactly the pages of the role`, async () => {
      for (const { path, allowed } of PAGES) {
        const { status, location } = await open(path, cookies[role]);
        if (allowed.includes(role)) {
          // The page itself (200), or a 404 for an unknown record id, never a refusal.
          expect({ path, refused: status === 307 || status === 401 || status === 403 }).toEqual({
            path,
            refused: false,
          });
        } else {
          expect({ path, status }).toEqual({ path, status: 307 });
          expect(location?.pathname).not.toBe(path);
          expect(location?.searchParams.get('denied')).toBeTruthy();
        }
      }
    });
  }
});
