// Who may do what with CMS user records (mirrors of staff accounts).
import type { Access } from 'payload';

export const isAdmin: Access = ({ req }) => req.user?.role === 'admin';

export const isSelfOrAdmin: Access = ({ req }) => {
  if (!req.user) return false;
  if (req.user.role === 'admin') return true;
  return { id: { equals: req.user.id } };
};
