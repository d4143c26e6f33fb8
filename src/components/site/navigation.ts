// The site's navigation: only pages and sections that exist.
export interface NavItem {
  href: string;
  label: string;
}

export const primaryNav: NavItem[] = [
  { href: '/#how-it-works', label: 'How the audit works' },
  { href: '/#services', label: 'Services' },
  { href: '/#results', label: 'Results' },
];

export const CONTACT_EMAIL = 'hello@xteam.pro';
export const AUDIT_REQUEST_HREF = `mailto:${CONTACT_EMAIL}?subject=${encodeURIComponent('AI process audit request')}`;
