// The record of data-rights requests and retention runs (privacy_requests): who asked for what,
// when, and what came of it. It never stores the address, only its SHA-256.
import 'server-only';
import { createHash } from 'node:crypto';
import type { Db } from '@/server/db/client';
import type { Prisma } from '@/server/db/generated/client';
import { normaliseEmail } from './subject';

export type RequestKind = 'export' | 'erase' | 'retention';
export type RequestChannel = 'self_service' | 'staff' | 'schedule';

export const subjectHash = (email: string) => createHash('sha256').update(normaliseEmail(email)).digest('hex');

type Writer = Pick<Db, 'privacyRequest'> | Prisma.TransactionClient;

export async function recordRequest(
  db: Writer,
  input: {
    kind: RequestKind;
    channel: RequestChannel;
    email?: string;
    linkId?: string;
    actorId?: string;
    state?: 'pending' | 'completed' | 'failed';
    summary?: Record<string, unknown>;
  },
  now = new Date(),
) {
  const state = input.state ?? 'pending';
  return db.privacyRequest.create({
    data: {
      kind: input.kind,
      channel: input.channel,
      state,
      subjectHash: input.email ? subjectHash(input.email) : null,
      linkId: input.linkId,
      actorId: input.actorId,
      summary: (input.summary ?? {}) as Prisma.InputJsonValue,
      createdAt: now,
      completedAt: state === 'pending' ? null : now,
    },
  });
}

/** Completes the request a link was sent for. */
export async function completeLinkRequest(
  db: Writer,
  linkId: string,
  summary: Record<string, unknown>,
  now = new Date(),
): Promise<void> {
  await db.privacyRequest.updateMany({
    where: { linkId, state: 'pending' },
    data: { state: 'completed', completedAt: now, summary: summary as Prisma.InputJsonValue },
  });
}

export interface PrivacyRequestRow {
  id: string;
  kind: string;
  /** pending requests whose link ran out show as expired. */
  state: 'pending' | 'completed' | 'failed' | 'expired';
  channel: string;
  actor: string | null;
  summary: Record<string, unknown>;
  createdAt: Date;
  completedAt: Date | null;
}

export async function listRequests(
  db: Db,
  input: { cursor?: string; limit: number },
  now = new Date(),
): Promise<{ items: PrivacyRequestRow[]; nextCursor: string | null }> {
  const rows = await db.privacyRequest.findMany({
    where: input.cursor ? { createdAt: { lt: new Date(input.cursor) } } : {},
    include: { actor: { select: { username: true } }, link: { select: { expiresAt: true } } },
    orderBy: { createdAt: 'desc' },
    take: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  return {
    items: page.map((row) => ({
      id: row.id,
      kind: row.kind,
      state:
        row.state === 'pending' && (!row.link || row.link.expiresAt <= now)
          ? 'expired'
          : (row.state as PrivacyRequestRow['state']),
      channel: row.channel,
      actor: row.actor?.username ?? null,
      summary: (row.summary ?? {}) as Record<string, unknown>,
      createdAt: row.createdAt,
      completedAt: row.completedAt,
    })),
    nextCursor: rows.length > input.limit ? page[page.length - 1]!.createdAt.toISOString() : null,
  };
}
