// Where messages go: Resend when RESEND_API_KEY is set, otherwise nowhere (the outbox row is
// the message, readable by admins). Transports tell permanent failures from transient ones.
import 'server-only';
import { Resend } from 'resend';

export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments: { filename: string; contentType: string; content: Buffer }[];
  /** Lets the provider drop a duplicate when a retry follows a send that did go through. */
  idempotencyKey: string;
}

export type DeliveryOutcome = { status: 'sent'; providerId: string | null } | { status: 'kept' };

export interface EmailTransport {
  readonly name: string;
  send(email: OutgoingEmail): Promise<DeliveryOutcome>;
}

/** A failure that retrying cannot fix (invalid address, rejected content, bad key). */
export class PermanentEmailError extends Error {
  override name = 'PermanentEmailError';
}

/** No provider configured: the outbox keeps the message. */
export const outboxOnlyTransport: EmailTransport = {
  name: 'outbox',
  send: async () => ({ status: 'kept' }),
};

// Resend error names that mean "do not retry" (validation, auth, permissions).
const PERMANENT = new Set([
  'validation_error',
  'missing_required_field',
  'invalid_from_address',
  'invalid_to_address',
  'invalid_attachment',
  'missing_api_key',
  'invalid_api_key',
  'restricted_api_key',
  'invalid_access',
  'not_found',
]);

export function resendTransport(apiKey: string, options: { baseUrl?: string } = {}): EmailTransport {
  const resend = new Resend(apiKey, { baseUrl: options.baseUrl });
  return {
    name: 'resend',
    async send(email) {
      const { data, error } = await resend.emails.send(
        {
          from: email.from,
          to: email.to,
          subject: email.subject,
          html: email.html,
          text: email.text,
          attachments: email.attachments.map((a) => ({
            filename: a.filename,
            content: a.content,
            contentType: a.contentType,
          })),
        },
        { idempotencyKey: email.idempotencyKey },
      );
      if (error) {
        const message = `${error.name}: ${error.message}`;
        throw PERMANENT.has(error.name) ? new PermanentEmailError(message) : new Error(message);
      }
      return { status: 'sent', providerId: data?.id ?? null };
    },
  };
}
