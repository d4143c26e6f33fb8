// Attachments as stored in the outbox: small ones inline (base64), large ones (reports) by
// their storage key, read when the message is delivered.
import 'server-only';
import { z } from 'zod';

export const storedAttachmentSchema = z.union([
  z.object({ filename: z.string(), contentType: z.string(), content: z.string() }),
  z.object({ filename: z.string(), contentType: z.string(), storageKey: z.string() }),
]);
export type StoredAttachment = z.infer<typeof storedAttachmentSchema>;

export type AttachmentInput =
  | { filename: string; contentType: string; content: Buffer }
  | { filename: string; contentType: string; storageKey: string };

export function toStoredAttachment(input: AttachmentInput): StoredAttachment {
  return 'content' in input
    ? { filename: input.filename, contentType: input.contentType, content: input.content.toString('base64') }
    : input;
}
