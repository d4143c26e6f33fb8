// The staff area's sections and who sees them (one list for the header and the overview).
import type { Capability } from '@/server/auth/roles';

export interface StaffSection {
  href: string;
  label: string;
  capability: Capability;
  description: string;
}

export const STAFF_SECTIONS: readonly StaffSection[] = [
  { href: '/admin', label: 'Overview', capability: 'overview', description: 'Where to go and platform health.' },
  {
    href: '/admin/analytics',
    label: 'Analytics',
    capability: 'analytics',
    description: 'Visitors, the audit funnel, leads and sources over any date range.',
  },
  {
    href: '/admin/experiments',
    label: 'Experiments',
    capability: 'analytics',
    description: 'A/B tests from the CMS: visitors, conversions and significance per variant.',
  },
  {
    href: '/admin/leads',
    label: 'Leads',
    capability: 'leads',
    description: 'Audits, inquiries and bookings: status, priority, owner and follow-ups.',
  },
  {
    href: '/admin/follow-ups',
    label: 'Follow-ups',
    capability: 'leads',
    description: 'Open calls, emails and consultations, soonest first.',
  },
  {
    href: '/admin/outbox',
    label: 'Outbox',
    capability: 'leads',
    description: 'Every email the site sent or kept.',
  },
  {
    href: '/admin/privacy',
    label: 'Privacy',
    capability: 'privacy',
    description: 'Data export and erasure requests, and the retention runs.',
  },
  {
    href: '/admin/staff',
    label: 'Staff',
    capability: 'staff',
    description: 'Invite colleagues, change roles, deactivate accounts, and the log of it all.',
  },
  {
    href: '/admin/integrations',
    label: 'Integrations',
    capability: 'integrations',
    description: 'API keys for the public API and webhooks to your CRM.',
  },
  {
    href: '/cms',
    label: 'Content (CMS)',
    capability: 'cms',
    description: 'Blog, case studies, solutions, audit setup.',
  },
];
