import { describe, expect, it } from 'vitest';
import { canUseAdminArea, canUseCms, isStaffRole } from './roles';

describe('staff roles', () => {
  it('admins open everything', () => {
    expect(canUseAdminArea('admin')).toBe(true);
    expect(canUseCms('admin')).toBe(true);
  });
  it('editors open the CMS only', () => {
    expect(canUseAdminArea('editor')).toBe(false);
    expect(canUseCms('editor')).toBe(true);
  });
  it('anything else opens nothing', () => {
    for (const role of [undefined, null, '', 'root', 'Admin']) {
      expect(canUseAdminArea(role)).toBe(false);
      expect(canUseCms(role)).toBe(false);
      expect(isStaffRole(role)).toBe(false);
    }
  });
});
