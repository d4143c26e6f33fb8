// A draft whose submit was rate-limited is marked (failure_reason, while it is a draft), so that
// only such a draft may be left for later (deferred.ts).
import 'server-only';
import type { Db } from '@/server/db/client';

export const REFUSED = 'rate_limited';

export async function markRefused(db: Db, draftId: string): Promise<void> {
  await db.audit.updateMany({ where: { id: draftId, status: 'draft' }, data: { failureReason: REFUSED } });
}
