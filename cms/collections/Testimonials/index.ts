// Client quotes shown on /about and /case-studies.
import type { CollectionConfig } from 'payload';
import { anyone, isStaff } from '../../access/staff';
import { announceHooks } from '../../hooks/announce-change';

export const Testimonials: CollectionConfig = {
  slug: 'testimonials',
  admin: { group: 'Company', useAsTitle: 'person', defaultColumns: ['person', 'company', 'featured'] },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: announceHooks('testimonials'),
  fields: [
    { name: 'quote', type: 'textarea', required: true, maxLength: 600 },
    { name: 'person', type: 'text', required: true, maxLength: 100 },
    { name: 'role', type: 'text', maxLength: 100 },
    { name: 'company', type: 'text', required: true, maxLength: 100 },
    { name: 'caseStudy', type: 'relationship', relationTo: 'case-studies' },
    { name: 'featured', type: 'checkbox', defaultValue: true, admin: { position: 'sidebar' } },
  ],
};
