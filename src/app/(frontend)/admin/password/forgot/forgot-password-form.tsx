'use client';
// Asks for a reset link. The answer is the same whether or not the address has an account.
import Link from 'next/link';
import { useRef, useEffect, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { seedErrorOf } from '@/lib/seed-error';
import { forgotPasswordInput } from '@/server/staff/schema';
import { api } from '@/trpc/react';

export function ForgotPasswordForm() {
  const request = api.staffAccount.forgotPassword.useMutation();
  const [fieldError, setFieldError] = useState<string>();
  const [email, setEmail] = useState('');
  const doneRef = useRef<HTMLDivElement>(null);
  const error = seedErrorOf(request.error);

  useEffect(() => {
    if (request.isSuccess) doneRef.current?.focus();
  }, [request.isSuccess]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = forgotPasswordInput.safeParse({ email: new FormData(event.currentTarget).get('email') });
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message);
      return;
    }
    setFieldError(undefined);
    setEmail(parsed.data.email);
    request.mutate(parsed.data);
  }

  if (request.isSuccess)
    return (
      <div
        ref={doneRef}
        tabIndex={-1}
        role="status"
        data-testid="reset-sent"
        className="mt-6 flex flex-col gap-3 rounded-lg bg-emerald-50 p-4 text-sm text-emerald-900 ring-1 ring-emerald-200"
      >
        <p>
          If <strong>{email}</strong> belongs to an active staff account, a link to choose a new password is on its way.
          It works once, for {request.data.validForMinutes} minutes.
        </p>
        <Link href="/admin/sign-in" className="font-semibold text-brand-700 underline">
          Back to sign-in
        </Link>
      </div>
    );

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 flex flex-col gap-4">
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
          {error.message}
        </p>
      )}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        autoFocus
        error={fieldError}
      />
      <Button type="submit" size="lg" disabled={request.isPending} aria-busy={request.isPending}>
        {request.isPending ? 'Sending…' : 'Email me a link'}
      </Button>
      <Link href="/admin/sign-in" className="text-center text-sm font-medium text-brand-700 hover:underline">
        Back to sign-in
      </Link>
    </form>
  );
}
