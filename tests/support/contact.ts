// Contact form helpers: the seed's REST call and form tokens as the site issues them.
import { createHmac } from 'node:crypto';
import { fakeClientIp, url } from './app';

export async function postContact(body: unknown, headers: Record<string, string> = fakeClientIp()) {
  const response = await fetch(url('/api/contact/submit'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { response, body: (await response.json()) as any };
}

/** A form token issued `ageMs` ago, signed like the server does (the run's NEXTAUTH_SECRET). */
export function formTokenIssued(ageMs: number): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error('NEXTAUTH_SECRET is set by npm test');
  const issuedAt = String(Date.now() - ageMs);
  return `${issuedAt}.${createHmac('sha256', `contact-form:${secret}`).update(issuedAt).digest('base64url')}`;
}
