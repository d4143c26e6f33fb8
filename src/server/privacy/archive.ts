// The export archive: data.json (everything held, see collect.ts), the PDF reports and the
// inline email attachments, with a short README, zipped with fflate.
import 'server-only';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { FileStorage } from '@/server/storage';
import type { CollectedData } from './collect';

const README = `This archive holds every piece of personal data XTeam.Pro keeps about the email address
named in data.json ("subject"), as of "generatedAt":

  data.json   audits (answers, scores, recommendations, report facts), contact inquiries,
              consultation bookings, leads with staff notes and activities, follow-ups,
              every email we queued to you or about you, analytics events tied to your audits,
              rate-limit counters keyed by your address, and the data-request links we sent.
  reports/    the PDF reports of your audits.
  emails/     attachments of those emails (calendar invitations).

Dates are UTC (ISO 8601). To have all of it erased, use the "Your data" page on our website.
`;

/** JSON with bigint ids as strings and dates as ISO strings. */
function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2);
}

const safeName = (name: string) => name.replace(/[^\w.-]+/g, '_').slice(0, 120) || 'file';

export async function buildArchive(collected: CollectedData, storage: FileStorage): Promise<Uint8Array> {
  const files: Zippable = {
    'README.txt': strToU8(README),
    'data.json': strToU8(toJson(collected.data)),
  };
  for (const { auditId, key } of collected.reportKeys) {
    const pdf = await storage.get(key);
    // Already-compressed PDFs are stored as they are.
    if (pdf) files[`reports/${auditId}.pdf`] = [new Uint8Array(pdf), { level: 0 }];
  }
  for (const { messageId, filename, content } of collected.inlineAttachments) {
    files[`emails/${messageId}/${safeName(filename)}`] = new Uint8Array(content);
  }
  return zipSync(files, { level: 6, mtime: new Date() });
}

export function archiveFileName(now = new Date()): string {
  return `xteam-your-data-${now.toISOString().slice(0, 10)}.zip`;
}
