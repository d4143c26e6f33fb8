// Access rules shared by CMS collections and globals: the roles table of the whole app
// (src/server/auth/roles.ts), so the CMS and the admin area cannot disagree on who may do what.
import type { Access } from 'payload';
import { can } from '../../src/server/auth/roles';

/** Admins and editors: content. */
export const isStaff: Access = ({ req }) => can(req.user?.role, 'cms');
/** Admins only: site settings and CMS users. */
export const isAdmin: Access = ({ req }) => can(req.user?.role, 'cmsSettings');
export const anyone: Access = () => true;

/** Staff read everything (drafts included); the public reads published documents only. */
export const publishedOrStaff: Access = ({ req }) => {
  if (can(req.user?.role, 'cms')) return true;
  return { _status: { equals: 'published' } };
};
