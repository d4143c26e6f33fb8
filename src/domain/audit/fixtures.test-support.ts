// Test data factories for the audit domain.
import { auditConfigSchema, type AuditConfig } from './config';
import { defaultAuditConfig } from './default-config';
import type { AuditAnswers } from './answers';

export function makeConfig(patch: (config: AuditConfig) => void = () => {}): AuditConfig {
  const config = auditConfigSchema.parse(structuredClone(defaultAuditConfig));
  patch(config);
  return config;
}

export function makeAnswers(overrides: Partial<AuditAnswers> = {}): AuditAnswers {
  return {
    industry: { slug: 'manufacturing', text: 'Manufacturing' },
    companySize: { slug: '100-500', employees: 300 },
    painPoints: [
      { slug: 'manual-data-entry', text: 'Manual data entry' },
      { slug: 'disconnected-systems', text: 'Disconnected systems' },
    ],
    currentSystems: [
      { slug: 'sap-erp', text: 'SAP ERP' },
      { slug: 'salesforce-crm', text: 'Salesforce CRM' },
    ],
    kpis: [
      { slug: 'revenue-growth', text: 'Revenue growth' },
      { slug: 'operational-efficiency', text: 'Operational efficiency' },
    ],
    maturity: {},
    ...overrides,
  };
}
