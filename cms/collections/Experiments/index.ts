// "Experiments": A/B tests marketing runs on a surface of the site (docs/experiments.md). The
// proxy assigns each visitor a variant; /admin/experiments shows how each variant converts.
import type { CollectionConfig } from 'payload';
import {
  AUDIENCES,
  GOAL_LABELS,
  GOALS,
  STATUSES,
  SURFACE_LABELS,
  SURFACES,
} from '../../../src/domain/experiments/types';
import { announceHooks } from '../../hooks/announce-change';
import { canManageExperiments } from './access';
import { checkExperiment } from './hooks/check-experiment';

const VARIANT_KEY = /^[a-z0-9][a-z0-9-]{0,39}$/;
const announce = announceHooks('experiments');

export const Experiments: CollectionConfig = {
  slug: 'experiments',
  labels: { singular: 'Experiment', plural: 'Experiments' },
  admin: {
    group: 'Marketing',
    useAsTitle: 'name',
    defaultColumns: ['name', 'surface', 'status', 'goal', 'updatedAt'],
    description:
      'A/B tests: each visitor sees one variant, always the same one. The first variant is the control. Results at /admin/experiments.',
  },
  access: {
    read: canManageExperiments,
    create: canManageExperiments,
    update: canManageExperiments,
    delete: canManageExperiments,
  },
  hooks: { ...announce, beforeChange: [checkExperiment] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      type: 'row',
      fields: [
        {
          name: 'surface',
          type: 'select',
          required: true,
          options: SURFACES.map((value) => ({ value, label: SURFACE_LABELS[value] })),
        },
        {
          name: 'goal',
          label: 'Primary goal',
          type: 'select',
          required: true,
          defaultValue: 'audit_started',
          options: GOALS.map((value) => ({ value, label: GOAL_LABELS[value] })),
        },
        {
          name: 'audience',
          type: 'select',
          required: true,
          defaultValue: 'everyone',
          options: AUDIENCES.map((value) => ({
            value,
            label: value === 'everyone' ? 'Everyone' : 'Test link only (?xp=<id>)',
          })),
          admin: {
            description:
              'Test link: only visitors who open the page with ?xp=<this experiment’s id> take part (to check an experiment before it goes to everyone).',
          },
        },
      ],
    },
    {
      name: 'variants',
      type: 'array',
      required: true,
      minRows: 2,
      maxRows: 4,
      admin: { description: 'The first variant is the control: write the page’s current text there.' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'key',
              type: 'text',
              required: true,
              maxLength: 40,
              admin: { description: 'Short id: lowercase letters, digits, dashes (e.g. control, bold).' },
              validate: (value: string | null | undefined) =>
                !value || VARIANT_KEY.test(value) ? true : 'Lowercase letters, digits and dashes only',
            },
            { name: 'label', type: 'text', required: true, maxLength: 80 },
            {
              name: 'weight',
              type: 'number',
              required: true,
              defaultValue: 50,
              min: 0,
              max: 100,
              admin: { description: 'Share of visitors, relative to the other weights.' },
            },
          ],
        },
        { name: 'headline', type: 'text', required: true, maxLength: 120 },
        { name: 'subheadline', type: 'textarea', maxLength: 300 },
        { name: 'ctaLabel', label: 'Call to action label', type: 'text', required: true, maxLength: 40 },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      options: STATUSES.map((value) => ({ value, label: value[0]!.toUpperCase() + value.slice(1) })),
      admin: {
        position: 'sidebar',
        description: 'Running: visitors are assigned. Stopped: the chosen variant for all.',
      },
    },
    {
      name: 'startAt',
      label: 'Start',
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'stopAt',
      label: 'Stop',
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: 'Set when stopped.' },
    },
    {
      name: 'chosenVariant',
      label: 'Chosen variant (served to everyone once stopped)',
      type: 'text',
      maxLength: 40,
      admin: { position: 'sidebar', description: 'The key of the winning variant. Empty: the page’s default text.' },
    },
  ],
};
