'use client';
// The sign-in form: posts credentials to NextAuth and reports failures inline.
import Link from 'next/link';
import { signIn } from 'next-auth/react';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { LOCKED_MESSAGE, THROTTLED_MESSAGE, WRONG_CREDENTIALS_MESSAGE } from './messages';

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    try {
      const result = await signIn('credentials', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        // A full navigation: /cms has its own root layout.
        window.location.assign(callbackUrl);
        return;
      }
      if (result?.status === 429) setError(THROTTLED_MESSAGE);
      else setError(result?.error === 'AccountLocked' ? LOCKED_MESSAGE : WRONG_CREDENTIALS_MESSAGE);
    } catch {
      setError('We could not reach the sign-in service. Check your connection and try again.');
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 flex flex-col gap-4" noValidate={false}>
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
          {error}
        </p>
      )}
      <TextField label="Email" name="email" type="email" autoComplete="username" required autoFocus />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" size="lg" disabled={pending} aria-busy={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
      <Link href="/admin/password/forgot" className="text-center text-sm font-medium text-brand-700 hover:underline">
        Forgot password?
      </Link>
    </form>
  );
}
