// /developers: the public API's reference, rendered by Swagger UI (served from our own origin,
// under our CSP) from /api/openapi.json, with the essentials for integrators above it.
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { Container } from '@/components/ui/container';
import { ApiReference } from './api-reference';

export const metadata: Metadata = {
  title: 'Developers: API reference',
  description: 'The XTeam.Pro public API v1: audits, contact, ROI, leads for CRM sync, and signed webhooks.',
};

export default async function DevelopersPage() {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <Container className="py-16">
      <h1 className="text-3xl font-bold tracking-tight text-ink">Developers</h1>
      <div className="mt-4 max-w-3xl space-y-3 text-ink-muted">
        <p>
          Plug XTeam.Pro into your CRM: submit and read audits, send inquiries, calculate ROI and sync leads with the
          public API <code className="rounded bg-slate-100 px-1 text-ink">/api/v1</code>, and receive signed webhooks
          when something happens. Ask your XTeam.Pro admin for an integration key (Authorization: Bearer).
        </p>
        <p>
          Machine-readable document:{' '}
          <a className="font-medium text-brand-700 underline hover:text-brand-800" href="/api/openapi.json">
            /api/openapi.json
          </a>{' '}
          (OpenAPI 3.1).
        </p>
      </div>
      <div className="mt-8 rounded-2xl bg-white p-2 ring-1 ring-slate-200">
        <ApiReference nonce={nonce} />
      </div>
    </Container>
  );
}
