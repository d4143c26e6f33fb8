// /admin/settings: the signed-in staff member's own settings: the time zone and locale every date
// in the staff area is written in.
import type { Metadata } from 'next';
import { formatDateTime } from '@/domain/format/dates';
import { requireStaff } from '@/server/auth/guard';
import { getStaffDatePrefs } from '@/server/staff/preferences';
import { LOCALE_CHOICES } from '@/server/staff/preferences-schema';
import { AdminCard } from '../_components/admin-card';
import { PageHeader } from '../_components/page-header';
import { DatePrefsForm } from './_components/date-prefs-form';

export const metadata: Metadata = { title: 'Settings · Admin' };

export default async function SettingsPage() {
  await requireStaff('overview', '/admin/settings');
  const prefs = await getStaffDatePrefs();
  const zones = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
  const now = new Date();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Settings" description="How the staff area shows dates and times to you." />
      <AdminCard title="Dates and times" titleId="date-prefs-title">
        <p className="text-sm text-ink-muted" data-testid="date-prefs-now">
          Now: <strong className="text-ink">{formatDateTime(now, prefs)}</strong> ({prefs.timeZone}, {prefs.locale})
        </p>
        <DatePrefsForm
          saved={prefs.saved}
          zones={zones}
          locales={LOCALE_CHOICES}
          defaults={{
            timeZone: prefs.browser.timeZone ?? prefs.teamTimeZone,
            zoneSource: prefs.browser.timeZone ? 'your browser' : 'the team (consultation availability)',
            locale: prefs.browser.locale ?? 'en-GB',
          }}
        />
      </AdminCard>
    </div>
  );
}
