// Staff sign-in (NextAuth credentials), for the admin area and the CMS.
import type { Metadata } from 'next';
import { Logo } from '@/components/site/logo';
import { safeCallbackPath } from '@/lib/safe-redirect';
import { LOCKED_MESSAGE } from './messages';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Staff sign-in', robots: { index: false, follow: false } };

const ERRORS: Record<string, string> = {
  AccessDenied: 'Your account cannot open that area. Sign in with an account that has access.',
  SessionRequired: 'Please sign in to continue.',
  AccountLocked: LOCKED_MESSAGE,
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(typeof params.callbackUrl === 'string' ? params.callbackUrl : undefined);
  const error =
    typeof params.error === 'string' ? (ERRORS[params.error] ?? 'Sign-in failed. Please try again.') : undefined;
  return (
    <main
      id="main"
      className="flex min-h-dvh items-center justify-center bg-gradient-to-b from-brand-50 to-white px-4 py-12"
    >
      <div className="w-full max-w-sm">
        <div className="mb-8 flex justify-center">
          <Logo />
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-xl shadow-brand-900/5 sm:p-8">
          <h1 className="text-2xl font-bold tracking-tight text-ink">Staff sign-in</h1>
          <p className="mt-1 text-sm text-ink-muted">For the XTeam.Pro team: dashboard, leads and content.</p>
          <SignInForm callbackUrl={callbackUrl} initialError={error} />
        </div>
      </div>
    </main>
  );
}
