// Search and social metadata of a page; empty fields fall back to the title and excerpt.
import type { GroupField } from 'payload';

export const seoField: GroupField = {
  name: 'seo',
  label: 'Search and social',
  type: 'group',
  admin: { description: 'Shown by search engines and when the page is shared. Optional.' },
  fields: [
    {
      name: 'title',
      type: 'text',
      maxLength: 70,
      admin: { description: 'Up to 70 characters; defaults to the title.' },
    },
    {
      name: 'description',
      type: 'textarea',
      maxLength: 170,
      admin: { description: 'Up to 170 characters; defaults to the excerpt.' },
    },
  ],
};
