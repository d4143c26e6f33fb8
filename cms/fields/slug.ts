// A URL slug field: derived from another field when left empty, lower-case words and hyphens.
import type { TextField } from 'payload';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/g, '');
}

export function slugField(from: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: `The address of the page. Left empty, it is made from the ${from}.`,
    },
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value);
          const source = siblingData?.[from];
          return typeof source === 'string' ? slugify(source) : value;
        },
      ],
    },
    validate: (value: string | null | undefined) =>
      value && SLUG_PATTERN.test(value)
        ? true
        : 'Use lower-case letters, digits and hyphens (e.g. invoice-automation).',
  };
}
