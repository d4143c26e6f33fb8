// Blog posts: drafts, versions and scheduled publishing; only published posts reach the site.
import type { CollectionConfig } from 'payload';
import { isStaff, publishedOrStaff } from '../../access/staff';
import { seoField } from '../../fields/seo';
import { slugField } from '../../fields/slug';
import { announceHooks } from '../../hooks/announce-change';
import { stampPublishedAt } from '../../hooks/published-at';
import { slugPreview } from '../../preview';

const { afterChange, afterDelete } = announceHooks('posts');

export const Posts: CollectionConfig = {
  slug: 'posts',
  admin: {
    group: 'Blog',
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
    ...slugPreview('/blog'),
  },
  access: { read: publishedOrStaff, readVersions: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  defaultSort: '-publishedAt',
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: { beforeChange: [stampPublishedAt], afterChange, afterDelete },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 140 },
    {
      name: 'excerpt',
      type: 'textarea',
      required: true,
      maxLength: 320,
      admin: { description: 'One or two sentences for the blog list, the RSS feed and search results.' },
    },
    { name: 'coverImage', type: 'upload', relationTo: 'media', required: true },
    { name: 'content', type: 'richText', required: true },
    seoField,
    slugField('title'),
    {
      name: 'publishedAt',
      label: 'Published date',
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Set on first publication when left empty.',
      },
    },
    { name: 'author', type: 'relationship', relationTo: 'team-members', admin: { position: 'sidebar' } },
    {
      name: 'categories',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
  ],
};
