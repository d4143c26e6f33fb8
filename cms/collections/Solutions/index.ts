// Automation scenarios per industry: /solutions and /solutions/[slug].
import type { CollectionConfig } from 'payload';
import { isStaff, publishedOrStaff } from '../../access/staff';
import { seoField } from '../../fields/seo';
import { slugField } from '../../fields/slug';
import { announceHooks } from '../../hooks/announce-change';
import { slugPreview } from '../../preview';

const listItem = (name: string, max: number) => ({ name, type: 'text' as const, required: true, maxLength: max });

export const Solutions: CollectionConfig = {
  slug: 'solutions',
  labels: { singular: 'Industry solution', plural: 'Industry solutions' },
  admin: {
    group: 'Content',
    useAsTitle: 'industry',
    defaultColumns: ['industry', 'headline', 'order', '_status'],
    ...slugPreview('/solutions'),
  },
  access: { read: publishedOrStaff, readVersions: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  defaultSort: 'order',
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: announceHooks('solutions'),
  fields: [
    { name: 'industry', type: 'text', required: true, maxLength: 60 },
    { name: 'headline', type: 'text', required: true, maxLength: 140 },
    { name: 'summary', type: 'textarea', required: true, maxLength: 320 },
    { name: 'image', type: 'upload', relationTo: 'media' },
    {
      name: 'scenario',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      admin: { description: 'A day in the life: where the time goes today.' },
    },
    { name: 'problems', label: 'Typical problems', type: 'array', minRows: 1, fields: [listItem('problem', 200)] },
    {
      name: 'automations',
      type: 'array',
      minRows: 1,
      fields: [listItem('title', 100), { name: 'description', type: 'textarea', required: true, maxLength: 400 }],
    },
    {
      name: 'outcomes',
      label: 'Expected outcomes',
      type: 'array',
      minRows: 1,
      maxRows: 6,
      fields: [listItem('value', 20), listItem('label', 120)],
    },
    { name: 'relatedCaseStudies', type: 'relationship', relationTo: 'case-studies', hasMany: true },
    seoField,
    slugField('industry'),
    { name: 'order', type: 'number', defaultValue: 100, admin: { position: 'sidebar' } },
  ],
};
