// /admin/password/set/<token>: the one-time link of an invitation or a password reset. Opening
// the page spends nothing; choosing the password does. The token is a secret: no referrer.
import type { Metadata } from 'next';
import Link from 'next/link';
import { linkTokenInput } from '@/server/staff/schema';
import { api } from '@/trpc/server';
import { AccountCard } from '../../_components/account-card';
import { SetPasswordForm } from './set-password-form';

export const metadata: Metadata = {
  title: 'Choose your password',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

async function load(token: string) {
  if (!linkTokenInput.safeParse({ token }).success) return { ok: false as const, message: 'This link is not valid.' };
  try {
    return { ok: true as const, link: await api.staffAccount.link({ token }) };
  } catch (error) {
    const message = (error as { message?: string }).message;
    return { ok: false as const, message: message || 'This link is not valid.' };
  }
}

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await load(token);
  if (!state.ok)
    return (
      <AccountCard title="This link cannot be used">
        <div
          role="alert"
          className="mt-6 flex flex-col gap-3 rounded-lg bg-red-50 p-4 text-sm text-red-800 ring-1 ring-red-200"
        >
          <p>{state.message}</p>
          <Link href="/admin/password/forgot" className="font-semibold underline">
            Get a new link
          </Link>
        </div>
      </AccountCard>
    );
  const invite = state.link.kind === 'invite';
  return (
    <AccountCard
      title={invite ? 'Welcome: choose your password' : 'Choose a new password'}
      intro={
        invite
          ? 'Your staff account is ready. Choose the password you will sign in with; nobody else will see it.'
          : 'Every session of your account ends when you save the new password.'
      }
    >
      <SetPasswordForm token={token} email={state.link.email} expiresAt={state.link.expiresAt} />
    </AccountCard>
  );
}
