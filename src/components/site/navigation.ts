// The site's navigation: only pages and sections that exist.
export interface NavItem {
  href: string;
  label: string;
}

export const primaryNav: NavItem[] = [
  { href: '/audit', label: 'AI audit' },
  { href: '/#how-it-works', label: 'How it works' },
  { href: '/#services', label: 'Services' },
  { href: '/#results', label: 'Results' },
  { href: '/pricing', label: 'Pricing' },
  { href: '/contact', label: 'Contact' },
];

export const CONTACT_EMAIL = 'hello@xteam.pro';
export const AUDIT_HREF = '/audit';
export const CONSULTATION_HREF = '/consultation';
