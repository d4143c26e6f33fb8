import { describe, expect, it } from 'vitest';
import { can, canUseAdminArea, canUseCms, capabilityForPath, homeFor, isStaffRole, STAFF_ROLES } from './roles';

describe('staff roles', () => {
  it('admins open everything', () => {
    for (const capability of ['overview', 'analytics', 'leads', 'staff', 'cms'] as const) {
      expect(can('admin', capability)).toBe(true);
    }
    expect(canUseAdminArea('admin')).toBe(true);
    expect(canUseCms('admin')).toBe(true);
  });

  it('editors open the CMS only', () => {
    expect(canUseCms('editor')).toBe(true);
    for (const capability of ['analytics', 'leads', 'staff'] as const) expect(can('editor', capability)).toBe(false);
    expect(homeFor('editor')).toBe('/cms');
  });

  it('sales open leads and follow-ups, not analytics, staff or the CMS', () => {
    expect(can('sales', 'leads')).toBe(true);
    for (const capability of ['analytics', 'staff', 'cms'] as const) expect(can('sales', capability)).toBe(false);
    expect(homeFor('sales')).toBe('/admin/leads');
  });

  it('maps pages to what they need, by path segment', () => {
    expect(capabilityForPath('/admin/analytics')).toBe('analytics');
    expect(capabilityForPath('/admin/leads/123')).toBe('leads');
    expect(capabilityForPath('/admin/outbox/abc')).toBe('leads');
    expect(capabilityForPath('/cms/collections/posts')).toBe('cms');
    expect(capabilityForPath('/admin/leadsX')).toBeNull();
    expect(capabilityForPath('/admin')).toBeNull();
  });

  it('anything else opens nothing', () => {
    for (const role of [undefined, null, '', 'root', 'Admin']) {
      expect(canUseAdminArea(role)).toBe(false);
      expect(canUseCms(role)).toBe(false);
      expect(isStaffRole(role)).toBe(false);
      expect(can(role, 'overview')).toBe(false);
      expect(homeFor(role)).toBe('/admin/sign-in');
    }
    expect(STAFF_ROLES).toEqual(['admin', 'editor', 'sales']);
  });
});
