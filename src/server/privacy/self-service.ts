// The "Your data" flow: a person asks for a one-time link by email, then exports or erases
// through it. The answer to the request is the same whether or not we hold anything, so the
// page cannot be used to find out who is a customer; a link is only emailed when there is data.
import 'server-only';
import { createElement } from 'react';
import { env } from '@/env';
import type { Db } from '@/server/db/client';
import { queueEmail } from '@/server/email';
import { PrivacyLinkEmail } from '@/server/email/templates/privacy-link';
import { AppError } from '@/server/errors';
import type { Logger } from '@/server/logging/logger';
import { consume } from '@/server/rate-limit/limiters';
import type { FileStorage } from '@/server/storage';
import { inspectLink, issueLink, spendLink, type OpenLink } from '@/server/tokens/one-time-link';
import { archiveFileName, buildArchive } from './archive';
import { collectSubjectData } from './collect';
import { linkTtlMinutes } from './config';
import { deleteFiles, eraseSubjectInTx, type ErasureSummary } from './erase';
import { queueErasureReceipt } from './receipt';
import { recordRequest, subjectHash } from './requests';
import type { PrivacyAction } from './schema';
import { exportSummary } from './summary';
import { findSubject, holdsAnything } from './subject';

const PURPOSE: Record<PrivacyAction, string> = { export: 'privacy_export', erase: 'privacy_erase' };
const ACTION_OF: Record<string, PrivacyAction> = { privacy_export: 'export', privacy_erase: 'erase' };

export interface RequestContext {
  clientIp: string;
  log: Logger;
}

export async function requestDataLink(
  db: Db,
  input: { email: string; action: PrivacyAction },
  ctx: RequestContext,
): Promise<{ status: 'sent'; validForMinutes: number }> {
  await consume('privacyPerIp', ctx.clientIp);
  // Keyed by the address's hash: asking about an address must not store that address.
  await consume('privacyPerEmail', subjectHash(input.email));
  const ttlMinutes = linkTtlMinutes();
  if (holdsAnything(await findSubject(db, input.email))) {
    const link = await issueLink(db, { purpose: PURPOSE[input.action], subject: input.email, ttlMinutes });
    await recordRequest(db, { kind: input.action, channel: 'self_service', email: input.email, linkId: link.id });
    await queueEmail(
      {
        kind: 'privacy_link',
        to: input.email,
        subject: input.action === 'export' ? 'Your data from XTeam.Pro' : 'Erase your data at XTeam.Pro',
        body: createElement(PrivacyLinkEmail, {
          action: input.action,
          url: new URL(`/your-data/${link.token}`, env.SITE_URL).toString(),
          validFor: `${ttlMinutes} minutes`,
        }),
      },
      { db },
    );
    ctx.log.info({ action: input.action, linkId: link.id }, 'data-rights link sent');
  }
  return { status: 'sent', validForMinutes: ttlMinutes };
}

const LINK_GONE: Record<string, string> = {
  unknown: 'This link is not valid. Please request a new one.',
  used: 'This link was used already: each link works once. Please request a new one.',
  expired: 'This link has expired. Please request a new one.',
};

async function openLink(db: Db, token: string): Promise<OpenLink & { action: PrivacyAction }> {
  const result = await inspectLink(db, token, Object.values(PURPOSE));
  if (!result.ok) throw new AppError('NOT_FOUND', LINK_GONE[result.reason]!, { reason: result.reason });
  return { ...result.link, action: ACTION_OF[result.link.purpose]! };
}

/** What a link will do, without spending it (the link page shows it). */
export async function describeLink(db: Db, token: string) {
  const link = await openLink(db, token);
  return { action: link.action, expiresAt: link.expiresAt.toISOString() };
}

const spent = () =>
  new AppError('CONFLICT', LINK_GONE.used!, {
    reason: 'used',
  });

export async function exportByLink(db: Db, storage: FileStorage, token: string) {
  const link = await openLink(db, token);
  if (link.action !== 'export')
    throw new AppError('NOT_FOUND', 'This link is for erasing your data, not exporting it.');
  const collected = await collectSubjectData(db, await findSubject(db, link.subject));
  const archive = await buildArchive(collected, storage);
  // Spent only once the archive exists, so a failure above leaves the link usable.
  await db.$transaction(async (tx) => {
    if (!(await spendLink(tx, link.id))) throw spent();
    await tx.privacyRequest.updateMany({
      where: { linkId: link.id, state: 'pending' },
      data: { state: 'completed', completedAt: new Date(), summary: exportSummary(collected) },
    });
  });
  return { archive, fileName: archiveFileName() };
}

export async function eraseByLink(
  db: Db,
  storage: FileStorage,
  token: string,
  ctx: RequestContext,
): Promise<{ status: 'erased'; summary: ErasureSummary }> {
  const link = await openLink(db, token);
  if (link.action !== 'erase') throw new AppError('NOT_FOUND', 'This link is for a copy of your data, not erasure.');
  const result = await db.$transaction(async (tx) => {
    if (!(await spendLink(tx, link.id))) throw spent();
    const request = await tx.privacyRequest.findFirst({ where: { linkId: link.id } });
    const erased = await eraseSubjectInTx(tx, link.subject);
    if (request)
      await tx.privacyRequest.update({
        where: { id: request.id },
        data: { state: 'completed', completedAt: new Date(), summary: erased.summary },
      });
    return erased;
  });
  await deleteFiles(storage, result.storageKeys);
  await queueErasureReceipt(db, link.subject, result.summary);
  ctx.log.info({ linkId: link.id, ...result.summary }, 'personal data erased on request');
  return { status: 'erased', summary: result.summary };
}
