// /admin/staff: the team's accounts. Admins invite by email, change roles, deactivate and
// reactivate, and send set-password links; the log of it all is at /admin/staff/log.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaff } from '@/server/auth/guard';
import { StaffManager } from './_components/staff-manager';

export const metadata: Metadata = { title: 'Staff' };

export default async function StaffPage() {
  const session = await requireStaff('staff', '/admin/staff');
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight text-ink">Staff</h1>
          <p className="mt-1 text-ink-muted">
            Editors manage content in the CMS; sales work the leads and follow-ups; admins manage everything.
          </p>
        </div>
        <Link
          href="/admin/staff/log"
          className="rounded-md px-3 py-2 font-semibold text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          Staff log →
        </Link>
      </div>
      <StaffManager currentUserId={session.user.id} />
    </div>
  );
}
