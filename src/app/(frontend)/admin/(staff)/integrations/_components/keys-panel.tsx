'use client';
// Integration keys: create (name and scopes), rotate, revoke. The key is shown once.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { useHydrated } from '@/components/ui/use-hydrated';
import { seedErrorOf } from '@/lib/seed-error';
import { API_SCOPES, SCOPE_LABELS, type ApiScope } from '@/server/integrations/scopes';
import { api } from '@/trpc/react';
import { OnceSecret } from './once-secret';
import { StaffTime } from '../../_components/staff-time';

interface KeyRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  useCount: number;
}

export function KeysPanel({ keys }: { keys: KeyRow[] }) {
  const router = useRouter();
  // Typed or ticked before hydration, a value would be lost: the form waits for React.
  const hydrated = useHydrated();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>(['leads:read']);
  const [shown, setShown] = useState<{ label: string; value: string } | null>(null);
  const done = (label: string) => (result: { key: string }) => {
    setShown({ label, value: result.key });
    router.refresh();
  };
  const create = api.integrations.createKey.useMutation({
    onSuccess: (r) => {
      setName('');
      done('Your new key. Copy it now: it is not shown again.')(r);
    },
  });
  const rotate = api.integrations.rotateKey.useMutation({
    onSuccess: done('The rotated key. The old one no longer works.'),
  });
  const revoke = api.integrations.revokeKey.useMutation({ onSuccess: () => router.refresh() });
  const error = create.error ?? rotate.error ?? revoke.error;

  return (
    <section aria-labelledby="keys-heading" className="flex flex-col gap-4">
      <h2 id="keys-heading" className="text-xl font-semibold text-ink">
        API keys
      </h2>
      <form
        className="flex flex-col gap-4 rounded-2xl bg-white p-6 ring-1 ring-slate-200"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ name, scopes });
        }}
      >
        <TextField
          disabled={!hydrated}
          label="Key name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={100}
          placeholder="e.g. HubSpot sync"
        />
        <fieldset disabled={!hydrated}>
          <legend className="text-sm font-medium text-ink">Scopes</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {API_SCOPES.map((scope) => (
              <label key={scope} className="flex items-center gap-2 text-sm text-ink">
                <input
                  type="checkbox"
                  className="size-4 accent-brand-600"
                  checked={scopes.includes(scope)}
                  onChange={(e) => setScopes(e.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))}
                />
                <code>{scope}</code> <span className="text-ink-muted">{SCOPE_LABELS[scope]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <Button type="submit" disabled={!hydrated || create.isPending}>
            {create.isPending ? 'Creating…' : 'Create key'}
          </Button>
        </div>
      </form>
      {shown && <OnceSecret label={shown.label} value={shown.value} />}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {seedErrorOf(error)?.message ?? 'Something went wrong.'}
        </p>
      )}
      {keys.length === 0 ? (
        <p className="rounded-2xl bg-white p-6 text-ink-muted ring-1 ring-slate-200">No keys yet.</p>
      ) : (
        <div className="overflow-x-auto rounded-2xl bg-white ring-1 ring-slate-200">
          <table className="w-full text-left text-sm" data-testid="api-keys">
            <caption className="sr-only">API keys</caption>
            <thead className="bg-slate-50 text-ink-muted">
              <tr>
                {['Name', 'Key', 'Scopes', 'Last used (UTC)', 'Uses', 'State', ''].map((h) => (
                  <th key={h} scope="col" className="px-4 py-3 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key.id} className="border-t border-slate-100 align-top">
                  <td className="px-4 py-3 font-medium text-ink">{key.name}</td>
                  <td className="px-4 py-3 font-mono text-ink-muted">{key.prefix}…</td>
                  <td className="px-4 py-3 text-ink-muted">{key.scopes.join(', ')}</td>
                  <td className="whitespace-nowrap px-4 py-3 text-ink-muted">
                    <StaffTime value={key.lastUsedAt} />
                  </td>
                  <td className="px-4 py-3 text-ink-muted">{key.useCount}</td>
                  <td className="px-4 py-3 text-ink-muted">
                    {key.revokedAt ? (
                      <>
                        Revoked <StaffTime value={key.revokedAt} />
                      </>
                    ) : (
                      'Active'
                    )}
                  </td>
                  <td className="whitespace-nowrap px-4 py-3">
                    {!key.revokedAt && (
                      <div className="flex gap-1">
                        <Button
                          variant="ghost"
                          disabled={rotate.isPending}
                          onClick={() => rotate.mutate({ id: key.id })}
                        >
                          Rotate<span className="sr-only"> {key.name}</span>
                        </Button>
                        <Button
                          variant="ghost"
                          disabled={revoke.isPending}
                          onClick={() =>
                            window.confirm(`Revoke “${key.name}”? Integrations using it stop at once.`) &&
                            revoke.mutate({ id: key.id })
                          }
                        >
                          Revoke<span className="sr-only"> {key.name}</span>
                        </Button>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
