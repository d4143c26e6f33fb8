// Seeds the audit configuration once: a fresh install gets the built-in default, published.
// An editor's configuration (any saved version) is never overwritten.
import type { Payload } from 'payload';
import { auditConfigSchema } from '../../src/domain/audit/config';
import { defaultAuditConfig } from '../../src/domain/audit/default-config';

export async function seedAuditConfig(payload: Payload): Promise<'seeded' | 'kept'> {
  const versions = await payload.findGlobalVersions({ slug: 'audit-config', limit: 1, overrideAccess: true });
  if (versions.totalDocs > 0) return 'kept';
  const data = auditConfigSchema.parse(defaultAuditConfig);
  await payload.updateGlobal({
    slug: 'audit-config',
    data: { ...data, _status: 'published' } as Parameters<Payload['updateGlobal']>[0]['data'],
    overrideAccess: true,
  });
  return 'seeded';
}
