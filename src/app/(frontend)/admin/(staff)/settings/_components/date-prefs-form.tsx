'use client';
// Choose the time zone and locale of the staff area's dates, or keep the defaults.
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';
import { seedErrorOf } from '@/lib/seed-error';
import { datePrefsInput } from '@/server/staff/preferences-schema';
import { api } from '@/trpc/react';

const selectClass =
  'h-11 rounded-lg border border-slate-300 bg-white px-3 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200';

export function DatePrefsForm({
  saved,
  zones,
  locales,
  defaults,
}: {
  saved: { timeZone: string | null; locale: string | null };
  zones: readonly string[];
  locales: ReadonlyArray<{ tag: string; label: string }>;
  defaults: { timeZone: string; zoneSource: string; locale: string };
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const save = api.me.setDatePrefs.useMutation({ onSuccess: () => router.refresh() });
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const serverError = seedErrorOf(save.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = datePrefsInput.safeParse({ timeZone: form.get('timeZone'), locale: form.get('locale') });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    setDone(false);
    save.mutate(parsed.data, { onSuccess: () => setDone(true) });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-2 sm:items-end">
      <div className="flex flex-col gap-1.5">
        <label htmlFor="pref-time-zone" className="text-sm font-medium text-ink">
          Time zone
        </label>
        <select id="pref-time-zone" name="timeZone" defaultValue={saved.timeZone ?? ''} className={selectClass}>
          <option value="">
            Default: {defaults.timeZone} (from {defaults.zoneSource})
          </option>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="pref-locale" className="text-sm font-medium text-ink">
          Date format (language and region)
        </label>
        <select id="pref-locale" name="locale" defaultValue={saved.locale ?? ''} className={selectClass}>
          <option value="">Default: {defaults.locale} (from your browser)</option>
          {locales.map((locale) => (
            <option key={locale.tag} value={locale.tag}>
              {locale.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={!hydrated || save.isPending} aria-busy={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save'}
        </Button>
        <p role="status" className="text-sm text-ink-muted">
          {done && !save.isPending ? 'Saved. Dates in the staff area now use these settings.' : ''}
        </p>
      </div>
      {(error ?? serverError?.message) && (
        <p role="alert" className="text-sm text-red-700 sm:col-span-2">
          {error ?? serverError?.message}
        </p>
      )}
    </form>
  );
}
