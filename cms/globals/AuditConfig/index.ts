// "Audit configuration": everything the audit engine scores, forecasts and recommends with.
// Drafts and versions let editors prepare changes; only the published version is used.
import type { GlobalConfig } from 'payload';
import { isStaff } from '../../access/staff';
import { announceGlobalChange } from '../../hooks/announce-change';
import { validateBeforePublish } from './hooks/validate-before-publish';
import { cataloguesTab, playbooksTab, questionsTab, roiTab, scoringTab } from './tabs';

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
  fields: [{ type: 'tabs', tabs: [scoringTab, cataloguesTab, questionsTab, roiTab, playbooksTab] }],
};
