// CMS users: mirrors of staff accounts, created on first visit through the NextAuth strategy.
// Passwords live in the app's admin_users table only, so Payload's local login is disabled.
import type { CollectionConfig } from 'payload';
import { can } from '../../../src/server/auth/roles';
import { nextAuthStrategy } from '../../auth/next-auth-strategy';
import { isAdmin, isSelfOrAdmin } from './access';

export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role'],
    description: 'Staff accounts are managed in the admin area; this list mirrors who has opened the CMS.',
  },
  auth: { disableLocalStrategy: true, strategies: [nextAuthStrategy] },
  access: {
    admin: ({ req }) => can(req.user?.role, 'cms'),
    read: isSelfOrAdmin,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    { name: 'email', type: 'email', required: true, unique: true, index: true },
    { name: 'name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Editor', value: 'editor' },
      ],
      access: { update: ({ req }) => can(req.user?.role, 'cmsSettings') },
    },
  ],
};
