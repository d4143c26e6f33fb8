// The people on /about.
import type { CollectionConfig } from 'payload';
import { anyone, isStaff } from '../../access/staff';
import { announceHooks } from '../../hooks/announce-change';

export const TeamMembers: CollectionConfig = {
  slug: 'team-members',
  labels: { singular: 'Team member', plural: 'Team members' },
  admin: { group: 'Company', useAsTitle: 'name', defaultColumns: ['name', 'role', 'order'] },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  defaultSort: 'order',
  hooks: announceHooks('team-members'),
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 100 },
    { name: 'role', type: 'text', required: true, maxLength: 100 },
    { name: 'bio', type: 'textarea', required: true, maxLength: 800 },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    { name: 'linkedin', label: 'LinkedIn URL', type: 'text' },
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      admin: { position: 'sidebar', description: 'Lower numbers are shown first.' },
    },
  ],
};
