// The audit configuration in force: the CMS's published version, validated by the engine's
// schema, recorded once per distinct content (SHA-256 of canonical JSON) so every audit can
// name the exact configuration it was scored with. Without a usable CMS version, the built-in
// default keeps audits working. The implementation cost model comes from the service package
// that prices the ROI forecasts, and is part of the recorded configuration.
import 'server-only';
import { createHash } from 'node:crypto';
import { auditConfigSchema, type AuditConfig } from '@/domain/audit/config';
import { defaultAuditConfig } from '@/domain/audit/default-config';
import type { Db } from '@/server/db/client';
import { getCms } from '@/server/cms/payload';
import { cachedQuery } from '@/server/content/cached';
import { logger } from '@/server/logging/logger';
import { roiPricingPackage } from '@/server/pricing/roi-package';
import { withPricingPackage } from '@/domain/roi/price-model';

export interface VersionedConfig {
  config: AuditConfig;
  version: string;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function configVersionOf(config: AuditConfig): string {
  return createHash('sha256').update(canonicalJson(config)).digest('hex');
}

async function publishedConfig(): Promise<AuditConfig> {
  const cms = await getCms();
  const doc = await cms.findGlobal({ slug: 'audit-config', draft: false, depth: 0, overrideAccess: true });
  const parsed = auditConfigSchema.safeParse(doc);
  // One price model: the implementation cost is the one /pricing sells (src/domain/roi/price-model.ts).
  if (parsed.success) return withPricingPackage(parsed.data, await roiPricingPackage());
  logger.warn(
    { issues: parsed.error.issues.slice(0, 3) },
    'published audit configuration is unusable; using the built-in default',
  );
  return withPricingPackage(auditConfigSchema.parse(defaultAuditConfig), await roiPricingPackage());
}

async function versioned(db: Db, config: AuditConfig): Promise<VersionedConfig> {
  const version = configVersionOf(config);
  // ON CONFLICT DO NOTHING: concurrent first requests (audit, ROI calculator) record it once.
  await db.auditConfigSnapshot.createMany({ data: [{ id: version, config }], skipDuplicates: true });
  return { config, version };
}

/**
 * The configuration to score with now, recorded as a snapshot before first use. Read through
 * the tagged content cache: a publish on any instance drops it within milliseconds.
 */
export async function currentAuditConfig(db: Db): Promise<VersionedConfig> {
  try {
    return await cachedQuery('audit-config', ['audit-config', 'service-packages'], async () =>
      versioned(db, await publishedConfig()),
    );
  } catch (error) {
    // Not cached: the next audit asks the CMS again.
    logger.warn({ err: error }, 'audit configuration unavailable from the CMS; using the built-in default');
    return versioned(db, auditConfigSchema.parse(defaultAuditConfig));
  }
}

/** The configuration an audit was scored with (reproducibility). */
export async function configByVersion(db: Db, version: string): Promise<AuditConfig | null> {
  const snapshot = await db.auditConfigSnapshot.findUnique({ where: { id: version } });
  return snapshot ? auditConfigSchema.parse(snapshot.config) : null;
}
