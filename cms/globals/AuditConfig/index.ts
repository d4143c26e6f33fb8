// "Audit configuration": everything the audit engine scores, forecasts and recommends with.
// Drafts and versions let editors prepare changes; only the published version is used.
import type { Field, GlobalConfig } from 'payload';
import { isStaff } from '../../access/staff';
import { announceGlobalChange } from '../../hooks/announce-change';
import { validateBeforePublish } from './hooks/validate-before-publish';
import { cataloguesTab, playbooksTab, questionsTab, roiTab, scoringTab } from './tabs';

const ROW_LABEL = '/components/row-label#ConfigRowLabel';

/** Every list of the configuration labels its rows by their own words (see row-label.tsx). */
function withRowLabels(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'array') {
      return {
        ...field,
        admin: { ...field.admin, components: { RowLabel: ROW_LABEL, ...field.admin?.components } },
        fields: withRowLabels(field.fields),
      };
    }
    if (field.type === 'group' || field.type === 'row' || field.type === 'collapsible') {
      return { ...field, fields: withRowLabels(field.fields) } as Field;
    }
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withRowLabels(tab.fields) })) };
    }
    return field;
  });
}

export const AuditConfig: GlobalConfig = {
  slug: 'audit-config',
  label: 'Audit configuration',
  admin: {
    group: 'Audit',
    description:
      'Questions, weights, catalogues, ROI assumptions and playbooks of the AI process audit. Every audit records the exact version it was scored with.',
  },
  access: { read: isStaff, update: isStaff, readVersions: isStaff },
  versions: { drafts: true, max: 100 },
  hooks: { beforeChange: [validateBeforePublish], afterChange: [announceGlobalChange(['audit-config'])] },
  fields: withRowLabels([{ type: 'tabs', tabs: [scoringTab, cataloguesTab, questionsTab, roiTab, playbooksTab] }]),
};
