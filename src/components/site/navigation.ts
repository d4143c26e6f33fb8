// The site's navigation: only pages and sections that exist.
export interface NavItem {
  href: string;
  label: string;
}

/** The header: the main pages of the site. */
export const primaryNav: NavItem[] = [
  { href: '/audit', label: 'AI audit' },
  { href: '/#how-it-works', label: 'How it works' },
  { href: '/solutions', label: 'Solutions' },
  { href: '/case-studies', label: 'Case studies' },
  { href: '/blog', label: 'Blog' },
  { href: '/pricing', label: 'Pricing' },
  { href: '/about', label: 'About' },
];

/** The footer's "Explore" column: the main pages and the sections of the home page. */
export const footerNav: NavItem[] = [
  ...primaryNav,
  { href: '/#services', label: 'Services' },
  { href: '/#results', label: 'Results' },
  { href: '/contact', label: 'Contact' },
  { href: '/status', label: 'System status' },
];

export const CONTACT_EMAIL = 'hello@xteam.pro';
export const AUDIT_HREF = '/audit';
export const CONSULTATION_HREF = '/consultation';
