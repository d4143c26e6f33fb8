// The site footer: what XTeam.Pro is, the site's pages, contact details, social and legal
// links from the CMS site settings (with built-in fallbacks, so it renders even when the
// database is down, e.g. on the status page).
import Link from '@/components/ui/link';
import type { SiteSetting } from '@cms/payload-types';
import { CookieSettingsButton } from '@/components/analytics/cookie-settings-button';
import { Container } from '@/components/ui/container';
import { getSiteSettings } from '@/server/content/company';
import { logger } from '@/server/logging/logger';
import { Logo } from './logo';
import { CONTACT_EMAIL, footerNav } from './navigation';

const SOCIAL_LABELS: Record<string, string> = {
  linkedin: 'LinkedIn',
  github: 'GitHub',
  youtube: 'YouTube',
  x: 'X',
  mastodon: 'Mastodon',
};

async function readSettings(): Promise<SiteSetting | null> {
  try {
    return await getSiteSettings();
  } catch (error) {
    logger.warn({ err: error }, 'site settings unavailable; footer uses its defaults');
    return null;
  }
}

const linkClass = 'text-ink-muted hover:text-brand-700';

export async function SiteFooter() {
  const settings = await readSettings();
  const year = new Date().getFullYear();
  const email = settings?.email || CONTACT_EMAIL;
  const companyName = settings?.companyName || 'XTeam.Pro';
  return (
    <footer className="border-t border-slate-200 bg-slate-50">
      <Container className="grid gap-10 py-12 sm:grid-cols-2 lg:grid-cols-4">
        <div className="flex flex-col gap-3">
          <Logo />
          <p className="max-w-xs text-sm text-ink-muted">
            AI automation for operations, finance and customer teams: audited, priced and delivered.
          </p>
        </div>
        <nav aria-label="Footer">
          <h2 className="text-sm font-semibold text-ink">Explore</h2>
          <ul className="mt-3 grid grid-cols-2 gap-2 text-sm sm:grid-cols-1">
            {footerNav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={linkClass}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div>
          <h2 className="text-sm font-semibold text-ink">Contact</h2>
          <ul className="mt-3 flex flex-col gap-2 text-sm">
            <li>
              <a href={`mailto:${email}`} className={linkClass}>
                {email}
              </a>
            </li>
            {settings?.phone && (
              <li>
                <a href={`tel:${settings.phone.replace(/[^+\d]/g, '')}`} className={linkClass}>
                  {settings.phone}
                </a>
              </li>
            )}
            {settings?.address && <li className="whitespace-pre-line text-ink-muted">{settings.address}</li>}
            {(settings?.social ?? []).map((link) => (
              <li key={link.id ?? link.url}>
                <a href={link.url} className={linkClass} rel="me noopener">
                  {SOCIAL_LABELS[link.platform] ?? link.platform}
                </a>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2 className="text-sm font-semibold text-ink">Legal</h2>
          <ul className="mt-3 flex flex-col gap-2 text-sm">
            <li>
              <Link href="/privacy" className={linkClass}>
                Privacy notice
              </Link>
            </li>
            <li>
              <Link href="/your-data" className={linkClass}>
                Your data
              </Link>
            </li>
            {(settings?.legalPages ?? []).map((page) => (
              <li key={page.id ?? page.slug}>
                <Link href={`/legal/${page.slug}`} className={linkClass}>
                  {page.title}
                </Link>
              </li>
            ))}
            <li>
              <CookieSettingsButton className={`${linkClass} text-left`} />
            </li>
            <li>
              <Link href="/admin" className={linkClass}>
                Staff sign-in
              </Link>
            </li>
          </ul>
        </div>
      </Container>
      <div className="border-t border-slate-200">
        <Container className="py-5 text-xs text-ink-subtle">
          © {year} {companyName}. All rights reserved.
        </Container>
      </div>
    </footer>
  );
}
