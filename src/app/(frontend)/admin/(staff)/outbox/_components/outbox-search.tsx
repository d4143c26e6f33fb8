'use client';
// The outbox's search box: results follow the typing (a short pause, then the URL's ?q= changes
// and the server renders the page), Enter searches at once, Escape clears. While a search runs
// the results are marked busy and a status line says so, for screen readers too.
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';
import { cn } from '@/lib/cn';

const PAUSE_MS = 250;

export function OutboxSearch({
  query,
  status,
  summary,
  children,
}: {
  query: string;
  status: string | undefined;
  /** "12 emails match" etc., announced when a search completes. */
  summary: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const hydrated = useHydrated();
  const [value, setValue] = useState(query);
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const last = useRef(query);

  useEffect(() => () => clearTimeout(timer.current), []);

  function search(next: string) {
    clearTimeout(timer.current);
    const q = next.trim();
    if (q === last.current) return;
    last.current = q;
    const params = new URLSearchParams();
    if (status) params.set('status', status);
    if (q) params.set('q', q);
    const qs = params.toString();
    startTransition(() => router.replace(`${pathname}${qs ? `?${qs}` : ''}`, { scroll: false }));
  }

  return (
    <div className="flex flex-col gap-4">
      <form
        role="search"
        aria-label="Search the outbox"
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          search(value);
        }}
      >
        <div className="flex min-w-64 flex-1 flex-col gap-1.5">
          <label htmlFor="outbox-q" className="text-sm font-medium text-ink">
            Search by recipient, subject or lead
          </label>
          <input
            id="outbox-q"
            name="q"
            type="search"
            value={value}
            maxLength={200}
            autoComplete="off"
            aria-describedby="outbox-q-hint"
            disabled={!hydrated}
            onChange={(event) => {
              setValue(event.target.value);
              clearTimeout(timer.current);
              const next = event.target.value;
              timer.current = setTimeout(() => search(next), PAUSE_MS);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && value) {
                event.preventDefault();
                setValue('');
                search('');
              }
            }}
            className="h-11 rounded-lg border border-slate-300 bg-white px-3 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"
          />
          <p id="outbox-q-hint" className="text-xs text-ink-subtle">
            Any part of an address, a subject, or a lead&apos;s name, email or company. Esc clears.
          </p>
        </div>
        <Button type="submit" disabled={!hydrated} className="mb-5">
          Search
        </Button>
      </form>
      <p role="status" aria-live="polite" className="text-sm text-ink-muted" data-testid="outbox-status">
        {pending ? 'Searching…' : summary}
      </p>
      <div
        aria-busy={pending}
        data-testid="outbox-results"
        className={cn('transition-opacity', pending && 'opacity-60')}
      >
        {children}
      </div>
    </div>
  );
}
