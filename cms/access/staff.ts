// Access rules shared by CMS collections and globals.
import type { Access } from 'payload';

export const isStaff: Access = ({ req }) => req.user?.role === 'admin' || req.user?.role === 'editor';
export const isAdmin: Access = ({ req }) => req.user?.role === 'admin';
