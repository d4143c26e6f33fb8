// The signed-in staff area: checks the session itself (the proxy is only a first gate).
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { Logo } from '@/components/site/logo';
import { Container } from '@/components/ui/container';
import { can } from '@/server/auth/roles';
import { getStaffSession } from '@/server/auth/session';
import { getStaffDatePrefs } from '@/server/staff/preferences';
import { BrowserDatePrefs } from './_components/browser-date-prefs';
import { STAFF_SECTIONS } from './_components/staff-nav';
import { DatePrefsProvider } from './_components/staff-time';

export const metadata: Metadata = { title: 'Admin', robots: { index: false, follow: false } };

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const session = await getStaffSession();
  if (!session?.user) redirect('/admin/sign-in?callbackUrl=/admin');
  const { timeZone, locale } = await getStaffDatePrefs();
  return (
    <DatePrefsProvider prefs={{ timeZone, locale }}>
      <BrowserDatePrefs />
      <header className="border-b border-slate-200 bg-white">
        <Container className="flex min-h-16 flex-wrap items-center justify-between gap-4 py-2">
          <div className="flex items-center gap-6">
            <Logo />
            <nav aria-label="Admin">
              <ul className="flex flex-wrap gap-1 text-sm font-medium">
                {STAFF_SECTIONS.filter((section) => can(session.user.role, section.capability)).map((section) => (
                  <li key={section.href}>
                    <Link
                      href={section.href}
                      className="rounded-md px-3 py-2 text-ink-muted hover:bg-slate-100 hover:text-ink focus-visible:outline-2 focus-visible:outline-brand-600"
                    >
                      {section.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <span className="hidden text-ink-muted sm:inline" data-testid="signed-in-as">
              {session.user.email} · {session.user.role}
            </span>
            <Link
              href="/admin/settings"
              className="rounded-md px-3 py-2 font-medium text-brand-700 hover:bg-brand-50"
              title={`Dates in ${timeZone} (${locale})`}
            >
              Settings
            </Link>
            <a href="/admin/sign-out" className="rounded-md px-3 py-2 font-medium text-brand-700 hover:bg-brand-50">
              Sign out
            </a>
          </div>
        </Container>
      </header>
      <main id="main" className="flex-1 bg-slate-50">
        <Container className="py-10">{children}</Container>
      </main>
    </DatePrefsProvider>
  );
}
