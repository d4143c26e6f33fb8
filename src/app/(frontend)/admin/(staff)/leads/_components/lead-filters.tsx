// The list's filters as a plain GET form: it works without JavaScript, and the query string it
// produces is the one the list, the sort links and the CSV export read.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/cn';
import {
  KIND_LABELS,
  LEAD_KINDS,
  LEAD_SORTS,
  LEAD_STATUSES,
  SORT_LABELS,
  STATUS_LABELS,
  type LeadListInput,
} from '@/server/leads/schema';
import { humanise } from './format';

interface Props {
  input: LeadListInput;
  /** What the visitor typed, invalid values included, so a mistake can be corrected. */
  raw: Record<string, string>;
  errors: Record<string, string>;
  options: { industries: string[]; sources: string[] };
  staff: Array<{ id: string; email: string }>;
}

const control =
  'h-10 w-full rounded-lg border bg-white px-3 text-sm text-ink shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200';

function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium uppercase tracking-wide text-ink-muted">
        {label}
      </label>
      {children}
      {error && (
        <p id={`${id}-error`} className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

function Select({
  name,
  value,
  options,
  any,
  error,
}: {
  name: string;
  value: string | undefined;
  options: Array<[string, string]>;
  any: string;
  error?: string;
}) {
  return (
    <select
      id={`filter-${name}`}
      name={name}
      defaultValue={value ?? ''}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `filter-${name}-error` : undefined}
      className={cn(control, error ? 'border-red-500' : 'border-slate-300')}
    >
      <option value="">{any}</option>
      {options.map(([optionValue, label]) => (
        <option key={optionValue} value={optionValue}>
          {label}
        </option>
      ))}
    </select>
  );
}

export function LeadFilters({ input, raw, errors, options, staff }: Props) {
  const { filters, order } = input;
  // Collapsed until used, so on a phone the list is not pushed below a screen of fields.
  const active = Object.keys(filters).filter((key) => key !== 'q').length;
  const open = active > 0 || Object.keys(errors).some((key) => key !== 'q');
  const text = (name: string, type: string, extra: Record<string, string | number> = {}) => (
    <input
      id={`filter-${name}`}
      name={name}
      type={type}
      defaultValue={raw[name] ?? ''}
      aria-invalid={errors[name] ? true : undefined}
      aria-describedby={errors[name] ? `filter-${name}-error` : undefined}
      className={cn(control, errors[name] ? 'border-red-500' : 'border-slate-300')}
      {...extra}
    />
  );
  return (
    <form
      method="get"
      action="/admin/leads"
      role="search"
      aria-label="Filter leads"
      className="flex flex-col gap-4 rounded-2xl bg-white p-4 ring-1 ring-slate-200 sm:p-5"
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-[minmax(0,1fr)_auto_auto]">
        <Field id="filter-q" label="Search name, email or company" error={errors.q}>
          {text('q', 'search', { placeholder: 'At least 3 characters', maxLength: 100 })}
        </Field>
        {/* The table's headers sort too; these keep sorting on phones and without JavaScript. */}
        <Field id="filter-sort" label="Sort by">
          <select id="filter-sort" name="sort" defaultValue={order.sort} className={cn(control, 'border-slate-300')}>
            {LEAD_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filter-dir" label="Order">
          <select id="filter-dir" name="dir" defaultValue={order.dir} className={cn(control, 'border-slate-300')}>
            <option value="desc">Highest / newest / Z-A first</option>
            <option value="asc">Lowest / oldest / A-Z first</option>
          </select>
        </Field>
      </div>
      <details open={open} className="group">
        <summary className="w-fit cursor-pointer rounded text-sm font-semibold text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600">
          Filters{active ? ` (${active} active)` : ''}
        </summary>
        <div className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Field id="filter-status" label="Status" error={errors.status}>
            <Select
              name="status"
              value={filters.status}
              any="Any status"
              error={errors.status}
              options={LEAD_STATUSES.map((s) => [s, STATUS_LABELS[s]])}
            />
          </Field>
          <Field id="filter-kind" label="Kind" error={errors.kind}>
            <Select
              name="kind"
              value={filters.kind}
              any="Any kind"
              error={errors.kind}
              options={LEAD_KINDS.map((k) => [k, KIND_LABELS[k]])}
            />
          </Field>
          <Field id="filter-industry" label="Industry" error={errors.industry}>
            <Select
              name="industry"
              value={filters.industry}
              any="Any industry"
              options={options.industries.map((i) => [i, humanise(i)])}
            />
          </Field>
          <Field id="filter-source" label="Source" error={errors.source}>
            <Select
              name="source"
              value={filters.source}
              any="Any source"
              options={options.sources.map((s) => [s, s])}
            />
          </Field>
          <Field id="filter-assignee" label="Owner" error={errors.assignee}>
            <Select
              name="assignee"
              value={filters.assignee}
              any="Anyone"
              error={errors.assignee}
              options={[['unassigned', 'Unassigned'], ...staff.map((s): [string, string] => [s.id, s.email])]}
            />
          </Field>
          <div className="grid grid-cols-2 gap-2">
            <Field id="filter-scoreMin" label="Score from" error={errors.scoreMin}>
              {text('scoreMin', 'number', { min: 0, max: 100, inputMode: 'numeric' })}
            </Field>
            <Field id="filter-scoreMax" label="Score to" error={errors.scoreMax}>
              {text('scoreMax', 'number', { min: 0, max: 100, inputMode: 'numeric' })}
            </Field>
          </div>
          <div className="grid grid-cols-2 gap-2 lg:col-span-2">
            <Field id="filter-from" label="From (UTC)" error={errors.from}>
              {text('from', 'date')}
            </Field>
            <Field id="filter-to" label="To (UTC)" error={errors.to}>
              {text('to', 'date')}
            </Field>
          </div>
        </div>
      </details>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit">Apply filters</Button>
        <Link
          href="/admin/leads"
          className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          Clear all
        </Link>
      </div>
    </form>
  );
}
