// Client stories: challenge, solution, measured results as figures and the client's own words.
import type { CollectionConfig } from 'payload';
import { isStaff, publishedOrStaff } from '../../access/staff';
import { seoField } from '../../fields/seo';
import { slugField } from '../../fields/slug';
import { announceHooks } from '../../hooks/announce-change';
import { stampPublishedAt } from '../../hooks/published-at';
import { slugPreview } from '../../preview';

const { afterChange, afterDelete } = announceHooks('case-studies');

export const CaseStudies: CollectionConfig = {
  slug: 'case-studies',
  labels: { singular: 'Case study', plural: 'Case studies' },
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'client', 'industry', '_status'],
    ...slugPreview('/case-studies'),
  },
  access: { read: publishedOrStaff, readVersions: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  defaultSort: '-publishedAt',
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: { beforeChange: [stampPublishedAt], afterChange, afterDelete },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 140 },
    { name: 'client', type: 'text', required: true, maxLength: 100 },
    { name: 'industry', type: 'text', required: true, maxLength: 60 },
    { name: 'summary', type: 'textarea', required: true, maxLength: 320 },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    { name: 'coverImage', type: 'upload', relationTo: 'media' },
    { name: 'challenge', type: 'textarea', required: true, maxLength: 2000 },
    { name: 'solution', type: 'richText', required: true },
    {
      name: 'results',
      label: 'Measured results',
      type: 'array',
      minRows: 1,
      maxRows: 6,
      labels: { singular: 'Result', plural: 'Results' },
      fields: [
        { name: 'value', type: 'text', required: true, maxLength: 20, admin: { description: 'e.g. 72% or 3.1 days' } },
        { name: 'label', type: 'text', required: true, maxLength: 120 },
      ],
    },
    {
      name: 'testimonial',
      type: 'group',
      fields: [
        { name: 'quote', type: 'textarea', maxLength: 600 },
        { name: 'person', type: 'text', maxLength: 100 },
        { name: 'role', type: 'text', maxLength: 100 },
      ],
    },
    seoField,
    slugField('title'),
    { name: 'publishedAt', type: 'date', admin: { position: 'sidebar' } },
  ],
};
