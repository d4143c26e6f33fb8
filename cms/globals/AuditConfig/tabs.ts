// The tabs of the audit configuration in the CMS: scoring, catalogues, questions, ROI, playbooks.
import type { Tab } from 'payload';
import { DIMENSION_KEYS } from '../../../src/domain/audit/config';
import {
  aliasesField,
  dimensionSelect,
  informsField,
  labelField,
  levelSelect,
  processTypeSelect,
  shareRange,
  slugField,
  systemCategorySelect,
} from './fields';

const LEVELS = ['high', 'medium', 'low'];

export const scoringTab: Tab = {
  label: 'Scoring',
  fields: [
    { name: 'currency', type: 'text', required: true, defaultValue: 'EUR', minLength: 3, maxLength: 3 },
    {
      name: 'signalWeight',
      type: 'number',
      required: true,
      min: 0,
      max: 1,
      admin: { description: 'Weight of a catalogue choice relative to an answered maturity question (1).' },
    },
    {
      name: 'dimensions',
      type: 'array',
      required: true,
      minRows: 6,
      maxRows: 6,
      fields: [
        {
          type: 'row',
          fields: [dimensionSelect('key'), labelField, { name: 'weight', type: 'number', required: true, min: 0 }],
        },
        { name: 'description', type: 'textarea' },
      ],
    },
    {
      name: 'tiers',
      type: 'array',
      required: true,
      minRows: 2,
      admin: { description: 'Cut points: a score at or above "min" gets the tier. One tier must start at 0.' },
      fields: [
        { type: 'row', fields: [labelField, { name: 'min', type: 'number', required: true, min: 0, max: 100 }] },
        { name: 'summary', type: 'textarea', required: true },
      ],
    },
  ],
};

export const cataloguesTab: Tab = {
  label: 'Catalogues',
  fields: [
    {
      name: 'industries',
      type: 'array',
      required: true,
      admin: {
        initCollapsed: true,
        description: 'Keep an "other" industry: unknown industries are scored against it.',
      },
      fields: [
        { type: 'row', fields: [slugField(), labelField] },
        aliasesField,
        {
          name: 'benchmark',
          type: 'group',
          admin: {
            description: 'Typical score (0-100) per dimension, used until 10 audits of this industry are complete.',
          },
          fields: [
            {
              type: 'row',
              fields: DIMENSION_KEYS.map((key) => ({
                name: key,
                type: 'number' as const,
                required: true,
                min: 0,
                max: 100,
              })),
            },
          ],
        },
      ],
    },
    {
      name: 'companySizes',
      type: 'array',
      required: true,
      admin: { initCollapsed: true },
      fields: [
        { type: 'row', fields: [slugField('A range such as 100-500, or 1001+.'), labelField] },
        {
          type: 'row',
          fields: [
            { name: 'minEmployees', type: 'number', required: true, min: 1 },
            { name: 'maxEmployees', type: 'number', min: 1, admin: { description: 'Empty for an open range.' } },
            {
              name: 'hourlyCost',
              type: 'number',
              required: true,
              min: 0,
              admin: { description: 'Loaded cost of one staff hour.' },
            },
            { name: 'implementationMultiplier', type: 'number', required: true, min: 0 },
          ],
        },
      ],
    },
    {
      name: 'painPoints',
      type: 'array',
      required: true,
      admin: { initCollapsed: true },
      fields: [
        { type: 'row', fields: [slugField(), labelField] },
        aliasesField,
        {
          type: 'row',
          fields: [
            processTypeSelect,
            { name: 'weeklyHoursPer100Employees', type: 'number', required: true, min: 0, max: 400 },
          ],
        },
        informsField,
      ],
    },
    {
      name: 'systems',
      type: 'array',
      required: true,
      admin: { initCollapsed: true },
      fields: [{ type: 'row', fields: [slugField(), labelField, systemCategorySelect] }, aliasesField, informsField],
    },
    {
      name: 'kpis',
      label: 'KPIs',
      type: 'array',
      required: true,
      admin: { initCollapsed: true },
      fields: [{ type: 'row', fields: [slugField(), labelField] }, aliasesField, informsField],
    },
  ],
};

export const questionsTab: Tab = {
  label: 'Questions',
  fields: [
    {
      name: 'questions',
      type: 'array',
      required: true,
      admin: { initCollapsed: true, description: 'Maturity questions; each answer level 0-4 described in words.' },
      fields: [
        { type: 'row', fields: [{ name: 'key', type: 'text', required: true }, dimensionSelect()] },
        { name: 'text', type: 'text', required: true },
        {
          name: 'levels',
          type: 'text',
          hasMany: true,
          required: true,
          minRows: 5,
          maxRows: 5,
          admin: { description: 'Exactly five: level 0 first, level 4 last.' },
        },
      ],
    },
  ],
};

export const roiTab: Tab = {
  label: 'ROI assumptions',
  fields: [
    {
      name: 'roi',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'workingWeeksPerYear', type: 'number', required: true, min: 1, max: 52 },
            {
              name: 'defaultWeeklyHoursPer100Employees',
              type: 'number',
              required: true,
              min: 0,
              admin: { description: 'For pain points in the visitor’s own words.' },
            },
            { name: 'maxWeeklyHoursPerProcess', type: 'number', required: true, min: 1 },
            {
              name: 'maintenanceShare',
              type: 'number',
              required: true,
              min: 0,
              max: 1,
              admin: { description: 'Yearly, as a share of implementation.' },
            },
          ],
        },
        {
          name: 'automationShare',
          type: 'array',
          required: true,
          admin: { description: 'Share of the work automated per process type. Keep a "general" row.' },
          fields: [
            {
              type: 'row',
              fields: [
                processTypeSelect,
                { name: 'conservative', type: 'number', required: true, min: 0, max: 1 },
                { name: 'expected', type: 'number', required: true, min: 0, max: 1 },
              ],
            },
          ],
        },
        shareRange('riskAdjustment', 'Share of the benefits realised after adoption friction.'),
        {
          name: 'implementation',
          type: 'group',
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'baseCost', type: 'number', required: true, min: 0 },
                { name: 'perProcessCost', type: 'number', required: true, min: 0 },
                {
                  name: 'contingency',
                  type: 'number',
                  required: true,
                  min: 0,
                  max: 2,
                  admin: { description: 'Added to conservative plans, e.g. 0.3 = +30%.' },
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};

export const playbooksTab: Tab = {
  label: 'Playbooks',
  fields: [
    {
      name: 'playbooks',
      type: 'array',
      required: true,
      admin: {
        initCollapsed: true,
        description: 'What to recommend, and when: used by the built-in engine and as grounding for the AI.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'text', required: true },
            { name: 'title', type: 'text', required: true },
          ],
        },
        { name: 'summary', type: 'textarea', required: true },
        {
          type: 'row',
          fields: [
            dimensionSelect(),
            levelSelect('impact', LEVELS),
            levelSelect('effort', LEVELS),
            { name: 'timeframe', type: 'text', required: true },
          ],
        },
        { name: 'firstStep', type: 'text', required: true },
        {
          type: 'row',
          fields: (['painPoints', 'systems', 'industries', 'kpis'] as const).map((name) => ({
            name,
            type: 'text' as const,
            hasMany: true,
            admin: { description: `Slugs of ${name} that trigger this playbook.` },
          })),
        },
      ],
    },
  ],
};
