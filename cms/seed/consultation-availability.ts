// Seeds the consultation availability once with sensible defaults; an editor's schedule is
// never overwritten.
import type { Payload } from 'payload';
import { defaultAvailability } from '../../src/domain/booking/availability';

export async function seedConsultationAvailability(payload: Payload): Promise<'seeded' | 'kept'> {
  const current = await payload.findGlobal({ slug: 'consultation-availability', depth: 0, overrideAccess: true });
  // A global never saved has no row yet: Payload answers its field defaults without dates.
  if (current.updatedAt) return 'kept';
  await payload.updateGlobal({
    slug: 'consultation-availability',
    data: { ...defaultAvailability, workingDays: [...defaultAvailability.workingDays] },
    overrideAccess: true,
  });
  return 'seeded';
}
