// Site settings: contact details, social links and legal pages. Editors read them; only
// admins change them.
import type { GlobalConfig } from 'payload';
import { anyone, isAdmin } from '../../access/staff';
import { SLUG_PATTERN } from '../../fields/slug';
import { announceGlobalChange } from '../../hooks/announce-change';

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  admin: { group: 'Company', description: 'Contact details, social links and legal pages of the public site.' },
  access: { read: anyone, update: isAdmin },
  hooks: { afterChange: [announceGlobalChange(['site-settings'])] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Contact',
          fields: [
            { name: 'companyName', type: 'text', required: true, defaultValue: 'XTeam.Pro' },
            { name: 'email', type: 'email', required: true },
            { name: 'phone', type: 'text', maxLength: 40 },
            { name: 'address', type: 'textarea', maxLength: 300 },
          ],
        },
        {
          label: 'Social links',
          fields: [
            {
              name: 'social',
              type: 'array',
              maxRows: 8,
              fields: [
                {
                  name: 'platform',
                  type: 'select',
                  required: true,
                  options: ['LinkedIn', 'GitHub', 'YouTube', 'X', 'Mastodon'].map((label) => ({
                    label,
                    value: label.toLowerCase(),
                  })),
                },
                {
                  name: 'url',
                  type: 'text',
                  required: true,
                  validate: (value: string | null | undefined) =>
                    value && /^https:\/\/[^\s]+$/.test(value) ? true : 'Use a full https:// address.',
                },
              ],
            },
          ],
        },
        {
          label: 'Legal pages',
          fields: [
            {
              name: 'legalPages',
              type: 'array',
              admin: { description: 'Published at /legal/<slug> and linked from the footer.' },
              fields: [
                { name: 'title', type: 'text', required: true, maxLength: 80 },
                {
                  name: 'slug',
                  type: 'text',
                  required: true,
                  validate: (value: string | null | undefined) =>
                    value && SLUG_PATTERN.test(value) ? true : 'Use lower-case letters, digits and hyphens.',
                },
                { name: 'summary', type: 'textarea', maxLength: 300 },
                { name: 'content', type: 'richText', required: true },
              ],
            },
          ],
        },
      ],
    },
  ],
};
