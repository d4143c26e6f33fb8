// /admin/integrations (admins): integration keys of the public API and webhook endpoints with
// their delivery log. Keys and secrets are shown once on creation or rotation.
import type { Metadata } from 'next';
import { requireStaff } from '@/server/auth/guard';
import { api } from '@/trpc/server';
import { DeliveryLog } from './_components/delivery-log';
import { KeysPanel } from './_components/keys-panel';
import { WebhooksPanel } from './_components/webhooks-panel';

export const metadata: Metadata = { title: 'Integrations · Admin' };

export default async function IntegrationsPage() {
  await requireStaff('integrations', '/admin/integrations');
  const [keys, endpoints, deliveries] = await Promise.all([
    api.integrations.keys(),
    api.integrations.endpoints(),
    api.integrations.deliveries({ limit: 50 }),
  ]);
  return (
    <div className="flex flex-col gap-10">
      <div>
        <h1 className="text-3xl font-bold tracking-tight text-ink">Integrations</h1>
        <p className="mt-1 max-w-3xl text-ink-muted">
          Keys for the public API (reference at{' '}
          <a className="font-medium text-brand-700 underline" href="/developers">
            /developers
          </a>
          ) and webhooks that tell your CRM about new leads, audits, inquiries and bookings.
        </p>
      </div>
      <KeysPanel keys={keys} />
      <WebhooksPanel
        endpoints={endpoints.map((e) => ({
          id: e.id,
          url: e.url,
          description: e.description,
          events: e.events,
          active: e.active,
          secret: e.secret,
          createdAt: e.createdAt.toISOString(),
          secretRotatedAt: e.secretRotatedAt?.toISOString() ?? null,
        }))}
      />
      <DeliveryLog
        deliveries={deliveries.map((d) => ({
          id: d.id,
          url: d.endpoint.url,
          eventType: d.eventType,
          status: d.status,
          attempts: d.attempts,
          lastStatusCode: d.lastStatusCode,
          lastLatencyMs: d.lastLatencyMs,
          lastResponse: d.lastResponse,
          lastError: d.lastError,
          createdAt: d.createdAt.toISOString(),
          nextAttemptAt: d.nextAttemptAt?.toISOString() ?? null,
        }))}
      />
    </div>
  );
}
