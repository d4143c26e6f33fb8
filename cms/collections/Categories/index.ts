// Blog categories: the filter on /blog.
import type { CollectionConfig } from 'payload';
import { anyone, isStaff } from '../../access/staff';
import { slugField } from '../../fields/slug';
import { announceHooks } from '../../hooks/announce-change';

export const Categories: CollectionConfig = {
  slug: 'categories',
  admin: { group: 'Blog', useAsTitle: 'title', defaultColumns: ['title', 'slug'] },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: announceHooks('categories'),
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 60 },
    slugField('title'),
    { name: 'description', type: 'textarea', maxLength: 300 },
  ],
};
