// Data rights handled by staff from a lead's page (a person who wrote or called instead of
// using the self-service page): export or erase everything held about the lead's address.
// Each action is recorded in privacy_requests with the staff member who took it.
import 'server-only';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import type { Logger } from '@/server/logging/logger';
import type { FileStorage } from '@/server/storage';
import { archiveFileName, buildArchive } from './archive';
import { collectSubjectData } from './collect';
import { deleteFiles, eraseSubjectInTx, type ErasureSummary } from './erase';
import { queueErasureReceipt } from './receipt';
import { recordRequest } from './requests';
import { findSubject, normaliseEmail } from './subject';
import { exportSummary } from './summary';

async function leadEmail(db: Db, leadId: string): Promise<string> {
  const lead = await db.lead.findUnique({ where: { id: leadId }, select: { email: true } });
  if (!lead) throw new AppError('NOT_FOUND', 'This lead does not exist (any more).');
  return normaliseEmail(lead.email);
}

export async function exportForLead(db: Db, storage: FileStorage, leadId: string, actorId: string) {
  const email = await leadEmail(db, leadId);
  const collected = await collectSubjectData(db, await findSubject(db, email));
  const archive = await buildArchive(collected, storage);
  await recordRequest(db, {
    kind: 'export',
    channel: 'staff',
    email,
    actorId,
    state: 'completed',
    summary: exportSummary(collected),
  });
  return { archive, fileName: archiveFileName() };
}

export async function eraseForLead(
  db: Db,
  storage: FileStorage,
  input: { leadId: string; confirmEmail: string },
  actor: { id: string; log: Logger },
): Promise<{ status: 'erased'; summary: ErasureSummary }> {
  const email = await leadEmail(db, input.leadId);
  if (normaliseEmail(input.confirmEmail) !== email) {
    throw new AppError('VALIDATION_ERROR', "Type the lead's email address exactly to confirm the erasure.", {
      field: 'confirmEmail',
      reason: 'does not match',
    });
  }
  const result = await db.$transaction(async (tx) => {
    const erased = await eraseSubjectInTx(tx, email);
    await recordRequest(tx, {
      kind: 'erase',
      channel: 'staff',
      email,
      actorId: actor.id,
      state: 'completed',
      summary: erased.summary,
    });
    return erased;
  });
  await deleteFiles(storage, result.storageKeys);
  await queueErasureReceipt(db, email, result.summary);
  actor.log.info({ actorId: actor.id, ...result.summary }, 'personal data erased by staff');
  return { status: 'erased', summary: result.summary };
}
