// What staff do to a lead: move it through the pipeline, give it an owner, write a note. Each
// change and its activity (the lead's timeline) are one transaction.
import 'server-only';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { announceLead } from '@/server/webhooks/announce';
import type { LeadStatus } from './schema';

const ASSIGNABLE_ROLES = ['admin', 'sales'];

async function leadOrThrow(db: Db, id: string) {
  const lead = await db.lead.findUnique({ where: { id } });
  if (!lead) throw new AppError('NOT_FOUND', 'This lead does not exist.', { field: 'id' });
  return lead;
}

/** Sets the status; an inquiry lead keeps contact_inquiries.status in step. */
export async function setLeadStatus(db: Db, id: string, status: LeadStatus, actorId: string) {
  const lead = await leadOrThrow(db, id);
  if (lead.status === status) return { id, status, changed: false };
  await db.$transaction([
    db.lead.update({ where: { id }, data: { status } }),
    db.leadActivity.create({
      data: { leadId: id, actorId, type: 'status_changed', data: { from: lead.status, to: status } },
    }),
    ...(lead.inquiryId ? [db.contactInquiry.update({ where: { id: lead.inquiryId }, data: { status } })] : []),
  ]);
  await announceLead(db, id, 'updated');
  return { id, status, changed: true };
}

/** Active admins and sales: who can own a lead. */
export function assignableStaff(db: Db) {
  return db.adminUser.findMany({
    where: { isActive: true, role: { in: ASSIGNABLE_ROLES } },
    select: { id: true, email: true, username: true, role: true },
    orderBy: { email: 'asc' },
  });
}

export async function assignLead(db: Db, id: string, userId: string | null, actorId: string) {
  const lead = await leadOrThrow(db, id);
  let to: { id: string; email: string } | null = null;
  if (userId) {
    to = await db.adminUser.findFirst({
      where: { id: userId, isActive: true, role: { in: ASSIGNABLE_ROLES } },
      select: { id: true, email: true },
    });
    if (!to)
      throw new AppError('VALIDATION_ERROR', 'Leads can be given to active admin or sales accounts only.', {
        field: 'userId',
        reason: 'Not an active admin or sales account',
      });
  }
  if (lead.assignedToId === (to?.id ?? null)) return { id, assignedToId: lead.assignedToId, changed: false };
  await db.$transaction([
    db.lead.update({ where: { id }, data: { assignedToId: to?.id ?? null } }),
    db.leadActivity.create({
      data: {
        leadId: id,
        actorId,
        type: 'assigned',
        data: { from: lead.assignedToId, to: to?.id ?? null, toEmail: to?.email ?? null },
      },
    }),
  ]);
  await announceLead(db, id, 'updated');
  return { id, assignedToId: to?.id ?? null, changed: true };
}

export async function addLeadNote(db: Db, id: string, text: string, actorId: string) {
  await leadOrThrow(db, id);
  const [note] = await db.$transaction([
    db.leadActivity.create({ data: { leadId: id, actorId, type: 'note', data: { text } } }),
    db.lead.update({ where: { id }, data: { updatedAt: new Date() } }),
  ]);
  return { id: note.id, createdAt: note.createdAt };
}
