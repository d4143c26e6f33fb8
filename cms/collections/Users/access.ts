// Who may do what with CMS user records (mirrors of staff accounts).
import type { Access } from 'payload';
import { can } from '../../../src/server/auth/roles';

export { isAdmin } from '../../access/staff';

export const isSelfOrAdmin: Access = ({ req }) => {
  if (!req.user) return false;
  if (can(req.user.role, 'cmsSettings')) return true;
  return { id: { equals: req.user.id } };
};
