// Access rules shared by CMS collections and globals.
import type { Access } from 'payload';

export const isStaff: Access = ({ req }) => req.user?.role === 'admin' || req.user?.role === 'editor';
export const isAdmin: Access = ({ req }) => req.user?.role === 'admin';
export const anyone: Access = () => true;

/** Staff read everything (drafts included); the public reads published documents only. */
export const publishedOrStaff: Access = ({ req }) => {
  if (req.user?.role === 'admin' || req.user?.role === 'editor') return true;
  return { _status: { equals: 'published' } };
};
