// "Service packages": what XTeam.Pro sells, shown on /pricing in the editors' order.
import type { CollectionConfig } from 'payload';
import { isStaff } from '../../access/staff';
import { announceHooks } from '../../hooks/announce-change';

export const ServicePackages: CollectionConfig = {
  slug: 'service-packages',
  labels: { singular: 'Service package', plural: 'Service packages' },
  admin: {
    group: 'Website',
    useAsTitle: 'name',
    defaultColumns: ['name', 'priceType', 'price', 'order', 'published'],
    description: 'The packages on the pricing page, in ascending "order". Unpublished packages are hidden.',
  },
  defaultSort: 'order',
  access: {
    // The site reads packages on the server; the CMS REST API shows only published ones to visitors.
    read: ({ req }) => (req.user ? true : { published: { equals: true } }),
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  hooks: announceHooks('service-packages'),
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80 },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 300,
      admin: { description: 'One or two sentences: what the client gets.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'priceType',
          type: 'select',
          required: true,
          defaultValue: 'fixed',
          options: [
            { label: 'Fixed price', value: 'fixed' },
            { label: '"From" price', value: 'from' },
          ],
        },
        { name: 'price', type: 'number', required: true, min: 0 },
        { name: 'currency', type: 'text', required: true, defaultValue: 'EUR', minLength: 3, maxLength: 3 },
        {
          name: 'priceUnit',
          type: 'text',
          maxLength: 40,
          admin: { description: 'e.g. "per project", "per month". Leave empty for a one-off price.' },
        },
      ],
    },
    {
      type: 'collapsible',
      label: 'ROI forecasts',
      admin: {
        description:
          'The audit’s ROI forecast and the calculator price their implementation with the first published package that has "Prices the ROI forecasts" ticked: (base + per process × processes) × company-size multiplier.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'pricesRoi', label: 'Prices the ROI forecasts', type: 'checkbox', defaultValue: false },
            {
              name: 'roiBaseCost',
              label: 'Base amount',
              type: 'number',
              min: 0,
              admin: { description: 'Once per engagement; 0 for a pure per-process price.' },
            },
            {
              name: 'roiPerProcessCost',
              label: 'Amount per process',
              type: 'number',
              min: 0,
              admin: { description: 'Usually the price shown, when it is per process.' },
            },
          ],
        },
      ],
    },
    { name: 'timeline', type: 'text', maxLength: 60, admin: { description: 'e.g. "2 weeks", "6–10 weeks".' } },
    {
      name: 'audience',
      label: 'Who it is for',
      type: 'textarea',
      required: true,
      maxLength: 400,
    },
    {
      name: 'included',
      label: 'What is included',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 12,
      fields: [{ name: 'item', type: 'text', required: true, maxLength: 160 }],
    },
    {
      type: 'row',
      fields: [
        { name: 'ctaLabel', label: 'Call to action', type: 'text', required: true, maxLength: 40 },
        {
          name: 'ctaHref',
          label: 'Call to action link',
          type: 'text',
          required: true,
          maxLength: 300,
          validate: (value: string | null | undefined) =>
            !value || /^(\/(?!\/)|https:\/\/|mailto:)/.test(value)
              ? true
              : 'Use a site path (/contact), https:// or mailto:',
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'order',
          type: 'number',
          required: true,
          defaultValue: 10,
          admin: { description: 'Lower comes first.' },
        },
        {
          name: 'highlighted',
          type: 'checkbox',
          defaultValue: false,
          admin: { description: 'Shown as "most chosen".' },
        },
        { name: 'published', type: 'checkbox', defaultValue: true },
      ],
    },
  ],
};
