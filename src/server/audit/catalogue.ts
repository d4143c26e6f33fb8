// What the wizard shows: the catalogues and questions of the configuration in force.
import 'server-only';
import type { Db } from '@/server/db/client';
import { currentAuditConfig } from './config-source';

export async function getWizardCatalogue(db: Db) {
  const { config } = await currentAuditConfig(db);
  const entries = (items: Array<{ slug: string; label: string }>) => items.map(({ slug, label }) => ({ slug, label }));
  return {
    industries: entries(config.industries),
    companySizes: entries(config.companySizes),
    painPoints: entries(config.painPoints),
    systems: config.systems.map(({ slug, label, category }) => ({ slug, label, category })),
    kpis: entries(config.kpis),
    dimensions: config.dimensions.map(({ key, label, description }) => ({ key, label, description })),
    questions: config.questions.map(({ key, dimension, text, levels }) => ({ key, dimension, text, levels })),
  };
}

export type WizardCatalogue = Awaited<ReturnType<typeof getWizardCatalogue>>;
