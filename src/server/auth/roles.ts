// Staff roles and what each may open. Pure, so the proxy, the pages, tRPC and the CMS strategy
// share one table: admin (everything), editor (CMS content only), sales (leads and follow-ups).
export const STAFF_ROLES = ['admin', 'editor', 'sales'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Record<StaffRole, string> = {
  admin: 'Admin',
  editor: 'Editor',
  sales: 'Sales',
};

/** What a part of the staff area needs. */
export const CAPABILITIES = {
  /** The staff overview at /admin (a landing page for everyone signed in). */
  overview: ['admin', 'editor', 'sales'],
  /** The analytics dashboard. */
  analytics: ['admin'],
  /** Leads, their follow-ups and the emails sent to them (the outbox). */
  leads: ['admin', 'sales'],
  /** Staff accounts. */
  staff: ['admin'],
  /** Data-rights requests: export and erase a person's data, the request log at /admin/privacy. */
  privacy: ['admin'],
  /** Integration keys and webhook endpoints at /admin/integrations. */
  integrations: ['admin'],
  /** The Payload CMS at /cms. */
  cms: ['admin', 'editor'],
  /** The CMS's site settings and its user records (editors manage content, not the site). */
  cmsSettings: ['admin'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Capability = keyof typeof CAPABILITIES;

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}

export function can(role: unknown, capability: Capability): boolean {
  return isStaffRole(role) && (CAPABILITIES[capability] as readonly string[]).includes(role);
}

/** The analytics dashboard and staff management. */
export function canUseAdminArea(role: unknown): boolean {
  return can(role, 'analytics');
}

/** The Payload CMS at /cms. */
export function canUseCms(role: unknown): boolean {
  return can(role, 'cms');
}

/**
 * The capability each staff page needs, longest prefix first. Pages not listed need only a
 * session. The proxy refuses early with this table; every page checks again on the server.
 */
export const STAFF_PAGES: ReadonlyArray<{ prefix: string; capability: Capability }> = [
  { prefix: '/admin/analytics', capability: 'analytics' },
  { prefix: '/admin/experiments', capability: 'analytics' },
  { prefix: '/admin/leads', capability: 'leads' },
  { prefix: '/admin/follow-ups', capability: 'leads' },
  { prefix: '/admin/outbox', capability: 'leads' },
  { prefix: '/admin/privacy', capability: 'privacy' },
  { prefix: '/admin/staff', capability: 'staff' },
  { prefix: '/admin/integrations', capability: 'integrations' },
  { prefix: '/cms', capability: 'cms' },
];

export function capabilityForPath(pathname: string): Capability | null {
  for (const { prefix, capability } of STAFF_PAGES) {
    if (pathname === prefix || pathname.startsWith(`${prefix}/`)) return capability;
  }
  return null;
}

/** Where a role starts its day after signing in. */
export function homeFor(role: unknown): string {
  if (role === 'admin') return '/admin/analytics';
  if (role === 'sales') return '/admin/leads';
  if (role === 'editor') return '/cms';
  return '/admin/sign-in';
}
