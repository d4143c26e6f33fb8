'use client';
// Chooses the password: at least 12 characters, typed twice; the server also refuses
// passwords from breached lists and says so in words.
import Link from 'next/link';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { seedErrorOf } from '@/lib/seed-error';
import { setPasswordInput } from '@/server/staff/schema';
import { api } from '@/trpc/react';

const timeOf = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

export function SetPasswordForm({ token, email, expiresAt }: { token: string; email: string; expiresAt: string }) {
  const setPassword = api.staffAccount.setPassword.useMutation();
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});
  const doneRef = useRef<HTMLDivElement>(null);
  const serverError = seedErrorOf(setPassword.error);
  const passwordError = errors.password ?? serverError?.fieldErrors.password;
  const formError = serverError && !serverError.fieldErrors.password ? serverError.message : undefined;

  useEffect(() => {
    if (setPassword.isSuccess) doneRef.current?.focus();
  }, [setPassword.isSuccess]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    const parsed = setPasswordInput.safeParse({ token, password });
    const next: typeof errors = {};
    if (!parsed.success) next.password = parsed.error.issues[0]?.message;
    else if (password !== form.get('confirm')) next.confirm = 'The two passwords are not the same.';
    setErrors(next);
    if (next.password || next.confirm || !parsed.success) return;
    setPassword.reset();
    setPassword.mutate(parsed.data);
  }

  if (setPassword.isSuccess)
    return (
      <div
        ref={doneRef}
        tabIndex={-1}
        role="status"
        data-testid="password-set"
        className="mt-6 flex flex-col gap-3 rounded-lg bg-emerald-50 p-4 text-sm text-emerald-900 ring-1 ring-emerald-200"
      >
        <p>Your password is saved. Sign in with {setPassword.data.email} and your new password.</p>
        <Link href="/admin/sign-in" className="font-semibold text-brand-700 underline">
          Go to sign-in
        </Link>
      </div>
    );

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 flex flex-col gap-4">
      {formError && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
          {formError}{' '}
          <Link href="/admin/password/forgot" className="font-semibold underline">
            Get a new link
          </Link>
        </p>
      )}
      {/* For password managers: the account the password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <p className="text-sm text-ink">
        Account: <strong>{email}</strong>
      </p>
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        autoFocus
        minLength={12}
        hint="At least 12 characters. A passphrase of several words works well."
        error={passwordError}
      />
      <TextField
        label="Repeat the new password"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirm}
      />
      <Button type="submit" size="lg" disabled={setPassword.isPending} aria-busy={setPassword.isPending}>
        {setPassword.isPending ? 'Saving…' : 'Save password'}
      </Button>
      <p className="text-xs text-ink-subtle">This link works once, until {timeOf(expiresAt)}.</p>
    </form>
  );
}
