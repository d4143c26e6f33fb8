// The consultation availability in force: the CMS global, validated by the slot engine's
// schema, read through the tagged content cache (a publish on any instance drops it); without
// a usable one, the built-in defaults keep booking (and follow-up dates) working.
import 'server-only';
import { availabilitySchema, defaultAvailability, type Availability } from '@/domain/booking/availability';
import { getCms } from '@/server/cms/payload';
import { cachedQuery } from '@/server/content/cached';
import { logger } from '@/server/logging/logger';

async function load(): Promise<Availability> {
  const cms = await getCms();
  const doc = await cms.findGlobal({ slug: 'consultation-availability', depth: 0, overrideAccess: true });
  if (doc.updatedAt) {
    const parsed = availabilitySchema.safeParse(doc);
    if (parsed.success) return parsed.data;
    logger.warn({ issues: parsed.error.issues.slice(0, 3) }, 'consultation availability unusable; using defaults');
  }
  return defaultAvailability;
}

export async function currentAvailability(): Promise<Availability> {
  try {
    return await cachedQuery('consultation-availability', ['consultation-availability'], load);
  } catch (error) {
    // Not cached: the next request asks the CMS again.
    logger.warn({ err: error }, 'consultation availability unavailable from the CMS; using defaults');
    return defaultAvailability;
  }
}
