// The site header: logo, primary navigation, and the audit call to action.
// On small screens the navigation folds into a native <details> menu (works without JS).
import Link from '@/components/ui/link';
import { buttonClasses } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { Logo } from './logo';
import { AUDIT_HREF, primaryNav } from './navigation';

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-slate-200/80 bg-white/90 backdrop-blur">
      <Container className="flex h-16 items-center justify-between gap-6">
        <Logo />
        <nav aria-label="Main" className="hidden lg:block">
          <ul className="flex items-center gap-1">
            {primaryNav.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="rounded-md px-3 py-2 text-sm font-medium text-ink-muted hover:bg-slate-100 hover:text-ink"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="hidden lg:block">
          <a href={AUDIT_HREF} data-cta="start-audit-header" className={buttonClasses('primary', 'md')}>
            Start the free audit
          </a>
        </div>
        <details className="group relative lg:hidden">
          <summary
            className="flex h-10 w-10 cursor-pointer list-none items-center justify-center rounded-md text-ink hover:bg-slate-100 [&::-webkit-details-marker]:hidden"
            aria-label="Menu"
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="h-6 w-6 group-open:hidden"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <path d="M4 7h16M4 12h16M4 17h16" strokeLinecap="round" />
            </svg>
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="hidden h-6 w-6 group-open:block"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <path d="M6 6l12 12M18 6L6 18" strokeLinecap="round" />
            </svg>
          </summary>
          <nav
            aria-label="Main"
            className="absolute right-0 top-12 w-64 rounded-xl border border-slate-200 bg-white p-2 shadow-lg"
          >
            <ul className="flex flex-col">
              {primaryNav.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    className="block rounded-md px-3 py-3 text-base font-medium text-ink hover:bg-slate-100"
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
              <li className="mt-2 border-t border-slate-100 pt-2">
                <a href={AUDIT_HREF} data-cta="start-audit-menu" className={buttonClasses('primary', 'md', 'w-full')}>
                  Start the free audit
                </a>
              </li>
            </ul>
          </nav>
        </details>
      </Container>
    </header>
  );
}
