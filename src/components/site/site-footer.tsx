// The site footer: what XTeam.Pro is, how to reach us, and service links.
import Link from 'next/link';
import { Container } from '@/components/ui/container';
import { Logo } from './logo';
import { CONTACT_EMAIL, primaryNav } from './navigation';

export function SiteFooter() {
  const year = new Date().getFullYear();
  return (
    <footer className="border-t border-slate-200 bg-slate-50">
      <Container className="grid gap-10 py-12 md:grid-cols-3">
        <div className="flex flex-col gap-3">
          <Logo />
          <p className="max-w-xs text-sm text-ink-muted">
            AI automation for operations, finance and customer teams: audited, priced and delivered.
          </p>
        </div>
        <nav aria-label="Footer">
          <h2 className="text-sm font-semibold text-ink">Explore</h2>
          <ul className="mt-3 flex flex-col gap-2 text-sm">
            {primaryNav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-ink-muted hover:text-brand-700">
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/status" className="text-ink-muted hover:text-brand-700">
                System status
              </Link>
            </li>
            <li>
              <Link href="/privacy" className="text-ink-muted hover:text-brand-700">
                Privacy notice
              </Link>
            </li>
          </ul>
        </nav>
        <div>
          <h2 className="text-sm font-semibold text-ink">Contact</h2>
          <ul className="mt-3 flex flex-col gap-2 text-sm">
            <li>
              <a href={`mailto:${CONTACT_EMAIL}`} className="text-ink-muted hover:text-brand-700">
                {CONTACT_EMAIL}
              </a>
            </li>
            <li>
              <Link href="/admin" className="text-ink-muted hover:text-brand-700">
                Staff sign-in
              </Link>
            </li>
          </ul>
        </div>
      </Container>
      <div className="border-t border-slate-200">
        <Container className="py-5 text-xs text-ink-subtle">© {year} XTeam.Pro. All rights reserved.</Container>
      </div>
    </footer>
  );
}
