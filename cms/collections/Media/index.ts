// Images of the site: stored on local disk (MEDIA_DIR), every upload needs alt text, and
// Payload (sharp) writes the responsive sizes that next/image picks from.
import path from 'node:path';
import type { CollectionConfig } from 'payload';
import { env } from '../../../src/env';
import { anyone, isStaff } from '../../access/staff';
import { announceHooks } from '../../hooks/announce-change';

export const MEDIA_DIR = path.resolve(/*turbopackIgnore: true*/ env.MEDIA_DIR);

export const Media: CollectionConfig = {
  slug: 'media',
  admin: { group: 'Content', useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: announceHooks('media'),
  upload: {
    staticDir: MEDIA_DIR,
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'image/gif'],
    imageSizes: [
      { name: 'thumbnail', width: 480, height: 320, position: 'centre' },
      { name: 'card', width: 960, height: 540, position: 'centre' },
      { name: 'hero', width: 1600, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternative text',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { description: 'What the image shows, for visitors who cannot see it (required).' },
    },
    { name: 'caption', type: 'text', maxLength: 200 },
  ],
};
