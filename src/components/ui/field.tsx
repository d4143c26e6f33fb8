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

export function TextField({ label, error, hint, className, ...props }: ComponentProps<'input'> & FieldProps) {
  return (
    <FieldShell
      label={label}
      error={error}
      hint={hint}
      className={className}
      control={(control) => <input {...control} className={cn(control.className, 'h-11')} {...props} />}
    />
  );
}

export function TextAreaField({ label, error, hint, className, ...props }: ComponentProps<'textarea'> & FieldProps) {
  return (
    <FieldShell
      label={label}
      error={error}
      hint={hint}
      className={className}
      control={(control) => <textarea {...control} className={cn(control.className, 'py-2')} {...props} />}
    />
  );
}

export function SelectField({
  label,
  error,
  hint,
  className,
  options,
  ...props
}: ComponentProps<'select'> & FieldProps & { options: ReadonlyArray<{ value: string; label: string }> }) {
  return (
    <FieldShell
      label={label}
      error={error}
      hint={hint}
      className={className}
      control={(control) => (
        <select {...control} className={cn(control.className, 'h-11')} {...props}>
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
