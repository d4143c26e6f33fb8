// Labelled form controls (input, textarea, select) with their hint and error wired for screen
// readers: one shell, so every form on the site labels, describes and flags errors the same way.
import { useId, type ComponentProps, type ReactNode } from 'react';
import { cn } from '@/lib/cn';

interface FieldProps {
  label: string;
  error?: string;
  hint?: string;
  className?: string;
}

interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  className: string;
}

const CONTROL =
  'rounded-lg border bg-white px-3 text-base text-ink shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200';

function FieldShell({
  label,
  error,
  hint,
  className,
  control,
}: FieldProps & { control: (props: ControlProps) => ReactNode }) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <label htmlFor={id} className="text-sm font-medium text-ink">
        {label}
      </label>
      {control({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        className: cn(CONTROL, error ? 'border-red-500' : 'border-slate-300'),
      })}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-ink-subtle">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

type FieldOf<E extends 'input' | 'textarea' | 'select'> = ComponentProps<E> & FieldProps;

/** Splits a field's own props (label, hint, error, box class) from the control's. */
function split<T extends FieldProps>({ label, error, hint, className, ...control }: T) {
  return { field: { label, error, hint, className }, control };
}

export function TextField(props: FieldOf<'input'>) {
  const { field, control } = split(props);
  return (
    <FieldShell {...field} control={(own) => <input {...own} className={cn(own.className, 'h-11')} {...control} />} />
  );
}

export function TextAreaField(props: FieldOf<'textarea'>) {
  const { field, control } = split(props);
  return (
    <FieldShell
      {...field}
      control={(own) => <textarea {...own} className={cn(own.className, 'py-2')} {...control} />}
    />
  );
}

export function SelectField({
  options,
  ...props
}: FieldOf<'select'> & { options: ReadonlyArray<{ value: string; label: string }> }) {
  const { field, control } = split(props);
  return (
    <FieldShell
      {...field}
      control={(own) => (
        <select {...own} className={cn(own.className, 'h-11')} {...control}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
