'use client';
// The interactive ROI calculator: head-count and processes in, figures out as you change them
// (the server's engine through tRPC, debounced), the state kept in the URL for sharing.
import { keepPreviousData } from '@tanstack/react-query';
import Link from '@/components/ui/link';
import { useEffect, useState } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { seedErrorOf } from '@/lib/seed-error';
import { useHydrated } from '@/components/ui/use-hydrated';
import { api } from '@/trpc/react';
import { serializeState, toRequest, typicalHours, type CalculatorState, type CatalogueEntry } from './calculator-state';
import { estimateFigures } from '@/server/roi/estimate-figures';
import { CashflowLoader } from './cashflow-loader';
import { EstimateEmailForm } from './estimate-email-form';
import { formatMoney as money, formatMonths as months } from '@/domain/format';
import { NumberSlider } from './number-slider';
import { ProcessPicker } from './process-picker';

const DEBOUNCE_MS = 250;

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

export function RoiCalculator({
  initial,
  catalogue,
  maxHours,
}: {
  initial: CalculatorState;
  catalogue: CatalogueEntry[];
  maxHours: number;
}) {
  const [state, setState] = useState(initial);
  const [copied, setCopied] = useState(false);
  // The floating summary follows a visitor who is changing figures; before that it would only
  // cover the fields under it (Lighthouse counted the first slider as an overlapped target).
  const [edited, setEdited] = useState(false);
  const request = useDebounced(toRequest(state), DEBOUNCE_MS);
  const hasProcesses = state.processes.length > 0;
  const query = api.roi.calculate.useQuery(request, {
    enabled: request.processes.length > 0,
    // The same request always gets the same figures until the CMS changes the packages, which
    // also renders the page again: the server's answer in the page never needs refetching (a
    // page from the cache may be older than the default staleness, and the refetch on mount
    // rendered "Updating…" where the server had rendered nothing: a hydration mismatch).
    staleTime: Infinity,
    placeholderData: keepPreviousData,
    retry: false,
  });

  const update = (next: CalculatorState) => {
    setState(next);
    setEdited(true);
    setCopied(false);
    window.history.replaceState(null, '', `${window.location.pathname}?${serializeState(next)}#calculator`);
  };
  const setEmployees = (employees: number) => update({ ...state, employees: Math.round(employees) });
  const toggle = (entry: CatalogueEntry, checked: boolean) =>
    update({
      ...state,
      processes: checked
        ? [
            ...state.processes,
            { slug: entry.slug, name: entry.label, hours: typicalHours(entry, state.employees, maxHours) },
          ]
        : state.processes.filter((p) => p.slug !== entry.slug),
    });
  const setHours = (name: string, hours: number) =>
    update({ ...state, processes: state.processes.map((p) => (p.name === name ? { ...p, hours } : p)) });
  const add = (name: string) => {
    if (state.processes.some((p) => p.name.toLowerCase() === name.toLowerCase())) return;
    update({ ...state, processes: [...state.processes, { slug: null, name, hours: 4 }] });
  };
  const remove = (name: string) => update({ ...state, processes: state.processes.filter((p) => p.name !== name) });
  const share = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const result = query.data;
  const error = seedErrorOf(query.error);
  const hydrated = useHydrated();
  const updating = hydrated && (query.isFetching || JSON.stringify(request) !== JSON.stringify(toRequest(state)));

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_1.05fr] lg:items-start">
      <form className="flex flex-col gap-6" onSubmit={(event) => event.preventDefault()} aria-label="Your business">
        <NumberSlider
          label="Employees"
          value={state.employees}
          min={1}
          max={1_000_000}
          sliderMax={1000}
          unit="people"
          onChange={setEmployees}
        />
        <ProcessPicker
          catalogue={catalogue}
          processes={state.processes}
          maxHours={maxHours}
          onToggle={toggle}
          onHours={setHours}
          onAdd={add}
          onRemove={remove}
        />
        {/* On phones the estimate sits below the inputs: keep its headline in view while editing. */}
        {edited && result && !error && hasProcesses && (
          <a
            href="#roi-results-title"
            className="sticky bottom-3 z-10 flex items-center justify-between gap-3 rounded-xl bg-brand-950 px-4 py-3 text-sm text-white shadow-lg lg:hidden"
          >
            <span>
              <strong>{money(result.potentialSavings, result.currency)}</strong> a year · payback{' '}
              {months(result.paybackPeriod)}
            </span>
            <span className="font-semibold text-brand-200">Details ↓</span>
          </a>
        )}
      </form>

      <section
        aria-labelledby="roi-results-title"
        className="flex flex-col gap-5 rounded-2xl bg-brand-950 p-5 text-white sm:p-7 lg:sticky lg:top-24"
      >
        <div className="flex items-center justify-between gap-3">
          <h3 id="roi-results-title" className="text-lg font-semibold">
            Your estimate
          </h3>
          <span role="status" className="text-xs text-brand-200" data-testid="roi-status">
            {updating && hasProcesses ? 'Updating…' : ''}
          </span>
        </div>
        {!hasProcesses ? (
          <p className="text-brand-100">Choose at least one process to see what automating it could return.</p>
        ) : error ? (
          <p role="alert" className="rounded-lg bg-white/10 p-4 text-brand-50">
            {Object.values(error.fieldErrors)[0] ?? error.message}
          </p>
        ) : !result ? (
          <p className="text-brand-100">Calculating…</p>
        ) : (
          <>
            <dl className="grid grid-cols-2 gap-3" aria-live="polite" data-testid="roi-figures">
              {estimateFigures(result).map(({ key, ...figure }) => (
                <Figure key={key} {...figure} testId={`roi-${key}`} />
              ))}
            </dl>
            <div className="rounded-xl bg-white p-3 text-ink">
              <p className="px-1 pb-2 text-sm font-medium">Cumulative net benefit over 3 years</p>
              <CashflowLoader points={result.cashflow} currency={result.currency} />
            </div>
            <div className="flex flex-col gap-3 sm:flex-row">
              <Link
                href="/consultation"
                data-cta="book-consultation-pricing"
                className={buttonClasses('inverse', 'md')}
              >
                Review these figures with us
              </Link>
              <button
                type="button"
                onClick={share}
                className="h-10 rounded-lg border border-white/30 px-4 text-sm font-semibold text-white hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white"
              >
                {copied ? 'Link copied' : 'Copy link to these figures'}
              </button>
            </div>
            <EstimateEmailForm request={request} />
            <details className="rounded-xl bg-white/5 p-4 text-sm text-brand-100">
              <summary className="cursor-pointer font-semibold text-white">Assumptions behind these figures</summary>
              <ul className="mt-3 flex flex-col gap-1.5">
                {result.processes.map((process) => (
                  <li key={process.name}>
                    {process.name}: {process.weeklyHours} h a week
                    {process.matched
                      ? ` (counted as ${process.matched.label.toLowerCase()})`
                      : ' (counted as general work)'}
                  </li>
                ))}
                {result.assumptions.map((assumption) => (
                  <li key={assumption.key}>
                    {assumption.label}: <span className="text-white">{assumption.value}</span>
                  </li>
                ))}
              </ul>
            </details>
          </>
        )}
      </section>
    </div>
  );
}

function Figure({ label, value, range, testId }: { label: string; value: string; range: string; testId: string }) {
  return (
    <div className="flex flex-col gap-1 rounded-xl bg-white/10 p-3 sm:p-4">
      <dt className="text-xs font-medium uppercase tracking-wide text-brand-200">{label}</dt>
      <dd className="text-xl font-bold sm:text-2xl" data-testid={testId}>
        {value}
      </dd>
      <dd className="text-xs text-brand-200">{range}</dd>
    </div>
  );
}
