'use client';
// Webhook endpoints: register (URL checked against private addresses), choose events, send a
// test event, rotate the signing secret, pause or delete.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { useHydrated } from '@/components/ui/use-hydrated';
import { seedErrorOf } from '@/lib/seed-error';
import { WEBHOOK_EVENTS, type WebhookEvent } from '@/server/integrations/events';
import { api } from '@/trpc/react';
import { OnceSecret } from './once-secret';

interface EndpointRow {
  id: string;
  url: string;
  description: string | null;
  events: string[];
  active: boolean;
  secret: string;
  createdAt: string;
  secretRotatedAt: string | null;
}

export function WebhooksPanel({ endpoints }: { endpoints: EndpointRow[] }) {
  const router = useRouter();
  // Typed or ticked before hydration, a value would be lost: the form waits for React.
  const hydrated = useHydrated();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>(['lead.created', 'lead.updated']);
  const [shown, setShown] = useState<{ label: string; value: string } | null>(null);
  const [notice, setNotice] = useState('');
  const refresh = () => router.refresh();
  const create = api.integrations.createEndpoint.useMutation({
    onSuccess: (endpoint) => {
      setUrl('');
      setDescription('');
      setShown({ label: 'Signing secret of the new endpoint (also under “Show secret”).', value: endpoint.secret });
      refresh();
    },
  });
  const rotate = api.integrations.rotateSecret.useMutation({
    onSuccess: (endpoint) => {
      setShown({ label: 'The new signing secret. Deliveries are signed with it from now on.', value: endpoint.secret });
      refresh();
    },
  });
  const test = api.integrations.testEndpoint.useMutation({
    onSuccess: () => {
      setNotice('Test event queued: see the delivery log below.');
      refresh();
    },
  });
  const setActive = api.integrations.setEndpointActive.useMutation({ onSuccess: refresh });
  const remove = api.integrations.deleteEndpoint.useMutation({ onSuccess: refresh });
  const error = create.error ?? rotate.error ?? test.error ?? setActive.error ?? remove.error;

  return (
    <section aria-labelledby="webhooks-heading" className="flex flex-col gap-4">
      <h2 id="webhooks-heading" className="text-xl font-semibold text-ink">
        Webhooks
      </h2>
      <form
        className="flex flex-col gap-4 rounded-2xl bg-white p-6 ring-1 ring-slate-200"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ url, description: description || undefined, events });
        }}
      >
        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            disabled={!hydrated}
            label="Endpoint URL"
            type="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            required
            placeholder="https://crm.example.com/hooks/xteam"
          />
          <TextField
            disabled={!hydrated}
            label="Description (optional)"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            maxLength={200}
          />
        </div>
        <fieldset disabled={!hydrated}>
          <legend className="text-sm font-medium text-ink">Events</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
            {WEBHOOK_EVENTS.map((event) => (
              <label key={event} className="flex items-center gap-2 text-sm text-ink">
                <input
                  type="checkbox"
                  className="size-4 accent-brand-600"
                  checked={events.includes(event)}
                  onChange={(e) => setEvents(e.target.checked ? [...events, event] : events.filter((v) => v !== event))}
                />
                <code>{event}</code>
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <Button type="submit" disabled={!hydrated || create.isPending}>
            {create.isPending ? 'Checking the address…' : 'Add endpoint'}
          </Button>
        </div>
      </form>
      {shown && <OnceSecret label={shown.label} value={shown.value} />}
      {notice && (
        <p role="status" className="text-sm text-ink-muted">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {seedErrorOf(error)?.message ?? 'Something went wrong.'}
        </p>
      )}
      {endpoints.length === 0 ? (
        <p className="rounded-2xl bg-white p-6 text-ink-muted ring-1 ring-slate-200">No endpoints yet.</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="webhook-endpoints">
          {endpoints.map((endpoint) => (
            <li key={endpoint.id} className="rounded-2xl bg-white p-4 ring-1 ring-slate-200">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0">
                  <p className="break-all font-mono text-sm font-medium text-ink">{endpoint.url}</p>
                  {endpoint.description && <p className="text-sm text-ink-muted">{endpoint.description}</p>}
                  <p className="mt-1 text-xs text-ink-muted">
                    {endpoint.active ? 'Active' : 'Paused'} · {endpoint.events.join(', ')}
                  </p>
                </div>
                <div className="flex flex-wrap gap-1">
                  <Button variant="ghost" disabled={test.isPending} onClick={() => test.mutate({ id: endpoint.id })}>
                    Send test event
                  </Button>
                  <Button
                    variant="ghost"
                    onClick={() => setShown({ label: `Signing secret of ${endpoint.url}`, value: endpoint.secret })}
                  >
                    Show secret
                  </Button>
                  <Button
                    variant="ghost"
                    disabled={rotate.isPending}
                    onClick={() => rotate.mutate({ id: endpoint.id })}
                  >
                    Rotate secret
                  </Button>
                  <Button
                    variant="ghost"
                    onClick={() => setActive.mutate({ id: endpoint.id, active: !endpoint.active })}
                  >
                    {endpoint.active ? 'Pause' : 'Resume'}
                  </Button>
                  <Button
                    variant="ghost"
                    onClick={() =>
                      window.confirm(`Delete ${endpoint.url} and its delivery log?`) &&
                      remove.mutate({ id: endpoint.id })
                    }
                  >
                    Delete
                  </Button>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
