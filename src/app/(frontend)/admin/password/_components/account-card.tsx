// The frame of the staff pages used before signing in (forgot password, set password), like
// the sign-in page's.
import type { ReactNode } from 'react';
import { Logo } from '@/components/site/logo';

export function AccountCard({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <main
      id="main"
      className="flex min-h-dvh items-center justify-center bg-gradient-to-b from-brand-50 to-white px-4 py-12"
    >
      <div className="w-full max-w-md">
        <div className="mb-8 flex justify-center">
          <Logo />
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-xl shadow-brand-900/5 sm:p-8">
          <h1 className="text-2xl font-bold tracking-tight text-ink">{title}</h1>
          {intro && <p className="mt-1 text-sm text-ink-muted">{intro}</p>}
          {children}
        </div>
      </div>
    </main>
  );
}
