// Staff roles and what each may open. Pure, so the proxy and the CMS strategy share it.
export const STAFF_ROLES = ['admin', 'editor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}

/** The analytics dashboard and lead management. */
export function canUseAdminArea(role: unknown): boolean {
  return role === 'admin';
}

/** The Payload CMS at /cms. */
export function canUseCms(role: unknown): boolean {
  return role === 'admin' || role === 'editor';
}
