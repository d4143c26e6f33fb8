// The Resend transport against an HTTP server speaking Resend's API: what is sent, and how
// its answers become sent / permanent / transient outcomes.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermanentEmailError, resendTransport, type OutgoingEmail } from './transport';

const received: Array<{ headers: IncomingHttpHeaders; body: Record<string, unknown> }> = [];
let reply: { status: number; body: unknown } = { status: 200, body: { id: 're_abc' } };
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      received.push({ headers: request.headers, body: JSON.parse(raw) as Record<string, unknown> });
      response.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const email: OutgoingEmail = {
  from: 'XTeam.Pro <hello@xteam.pro>',
  to: 'cto@company.com',
  subject: 'Your AI process audit',
  html: '<p>Hello</p>',
  text: 'Hello',
  attachments: [{ filename: 'report.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.7') }],
  idempotencyKey: 'email-123',
};

describe('resendTransport', () => {
  it('sends the message with its attachment and idempotency key', async () => {
    reply = { status: 200, body: { id: 're_abc' } };
    const outcome = await resendTransport('re_test_key', { baseUrl }).send(email);
    expect(outcome).toEqual({ status: 'sent', providerId: 're_abc' });
    const { headers, body } = received.at(-1)!;
    expect(headers.authorization).toBe('Bearer re_test_key');
    expect(headers['idempotency-key']).toBe('email-123');
    expect(body).toMatchObject({
      from: email.from,
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
    });
    expect(body.attachments).toEqual([
      expect.objectContaining({ filename: 'report.pdf', content: Buffer.from('%PDF-1.7').toString('base64') }),
    ]);
  });

  it('treats validation and key errors as permanent', async () => {
    reply = { status: 422, body: { statusCode: 422, name: 'validation_error', message: 'Invalid `to` field.' } };
    await expect(resendTransport('re_test_key', { baseUrl }).send(email)).rejects.toBeInstanceOf(PermanentEmailError);
  });

  it('treats server errors and rate limits as transient', async () => {
    for (const failure of [
      { status: 500, body: { statusCode: 500, name: 'internal_server_error', message: 'boom' } },
      { status: 429, body: { statusCode: 429, name: 'rate_limit_exceeded', message: 'slow down' } },
    ]) {
      reply = failure;
      const error = await resendTransport('re_test_key', { baseUrl })
        .send(email)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(PermanentEmailError);
      expect((error as Error).message).toContain(failure.body.name);
    }
  });
});
