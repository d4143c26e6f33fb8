// Field helpers of the audit configuration: the same choices as the engine's zod schema.
import type { Field } from 'payload';
import { DIMENSION_KEYS, PROCESS_TYPES, SYSTEM_CATEGORIES } from '../../../src/domain/audit/config';

const options = (values: readonly string[]) => values.map((value) => ({ label: value.replace(/-/g, ' '), value }));

export const dimensionSelect = (name = 'dimension'): Field => ({
  name,
  type: 'select',
  required: true,
  options: options(DIMENSION_KEYS),
});
export const processTypeSelect: Field = {
  name: 'processType',
  type: 'select',
  required: true,
  options: options(PROCESS_TYPES),
};
export const systemCategorySelect: Field = {
  name: 'category',
  type: 'select',
  required: true,
  options: options(SYSTEM_CATEGORIES),
};
export const levelSelect = (name: string, options: string[]): Field => ({
  name,
  type: 'select',
  required: true,
  options,
});

export const slugField = (
  description = 'Lower-case words joined by hyphens. Integrators may send it instead of the label.',
): Field => ({
  name: 'slug',
  type: 'text',
  required: true,
  admin: { description },
});
export const labelField: Field = { name: 'label', type: 'text', required: true };

/** Other words for a catalogue entry: what the matcher of visitors' own words also looks for. */
export const aliasesField: Field = {
  name: 'aliases',
  label: 'Also known as',
  type: 'text',
  hasMany: true,
  maxRows: 200,
  admin: {
    description:
      'Other words visitors use for this entry: synonyms, abbreviations, product names, other languages (e.g. invoice, bill, AP, accounts payable). Plurals and small typos are matched anyway. See docs/matching.md.',
  },
};

/** "Choosing this item counts as an answer at this level (0-4) for these dimensions." */
export const informsField: Field = {
  name: 'informs',
  type: 'array',
  required: true,
  minRows: 1,
  admin: {
    description: 'Choosing this item counts as a maturity answer at this level (0-4) for these dimensions.',
    initCollapsed: true,
  },
  fields: [
    { type: 'row', fields: [dimensionSelect(), { name: 'level', type: 'number', required: true, min: 0, max: 4 }] },
  ],
};

export const shareRange = (name: string, description: string): Field => ({
  name,
  type: 'group',
  admin: { description },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'conservative', type: 'number', required: true, min: 0, max: 1 },
        { name: 'expected', type: 'number', required: true, min: 0, max: 1 },
      ],
    },
  ],
});
