// Staff overview: who is signed in, the sections the role opens, and the platform's health.
import Link from 'next/link';
import { requireStaff } from '@/server/auth/guard';
import { can, type StaffRole } from '@/server/auth/roles';
import { api } from '@/trpc/server';
import { DeniedNotice } from './_components/denied-notice';
import { STAFF_SECTIONS } from './_components/staff-nav';
import { StaffTime } from './_components/staff-time';

const ROLE_INTRO: Record<StaffRole, string> = {
  admin: 'You are an admin: analytics, leads, the outbox, staff accounts and the CMS are yours.',
  sales: 'You work the leads: audits, inquiries and bookings, their follow-ups and the emails they received.',
  editor: 'You are an editor: your workspace is the CMS, where the blog, case studies and audit configuration live.',
};

export default async function AdminHomePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const session = await requireStaff('overview', '/admin');
  const { denied } = await searchParams;
  const role = session.user.role;
  const health = await api.system.health();
  const sections = STAFF_SECTIONS.filter((section) => section.href !== '/admin' && can(role, section.capability));
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold tracking-tight text-ink">
          Welcome back{session.user.name ? `, ${session.user.name}` : ''}
        </h1>
        <p className="mt-1 text-ink-muted">{ROLE_INTRO[role]}</p>
      </div>
      <DeniedNotice denied={denied} />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {sections.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              className="block h-full rounded-2xl bg-white p-5 ring-1 ring-slate-200 hover:ring-brand-300 focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              <span className="text-lg font-semibold text-ink">{section.label}</span>
              <span className="mt-1 block text-sm text-ink-muted">{section.description}</span>
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="health-title" className="rounded-2xl bg-white p-6 ring-1 ring-slate-200">
        <h2 id="health-title" className="text-lg font-semibold text-ink">
          Platform health
        </h2>
        <dl className="mt-3 grid max-w-md grid-cols-2 gap-2 text-sm">
          <dt className="text-ink-muted">Overall</dt>
          <dd className="font-medium text-ink">{health.status}</dd>
          <dt className="text-ink-muted">Database</dt>
          <dd className="font-medium text-ink">
            {health.checks.database.status} ({health.checks.database.latencyMs} ms)
          </dd>
          <dt className="text-ink-muted">CMS</dt>
          <dd className="font-medium text-ink">
            {health.checks.cms.status} ({health.checks.cms.latencyMs} ms)
          </dd>
          <dt className="text-ink-muted">Background jobs</dt>
          <dd className="font-medium text-ink">
            {health.checks.jobs.status} ({health.checks.jobs.verdict})
          </dd>
          <dt className="text-ink-muted">Workers alive</dt>
          <dd className="font-medium text-ink">{health.checks.jobs.workers ?? 'unknown'}</dd>
          <dt className="text-ink-muted">Jobs waiting</dt>
          <dd className="font-medium text-ink">
            {health.checks.jobs.waiting ?? 'unknown'}
            {health.checks.jobs.oldestWaitingSeconds ? ` (oldest ${health.checks.jobs.oldestWaitingSeconds} s)` : ''}
          </dd>
          <dt className="text-ink-muted">Last job finished</dt>
          <dd className="font-medium text-ink">
            {health.checks.jobs.lastCompletedAt ? (
              <StaffTime value={health.checks.jobs.lastCompletedAt} />
            ) : (
              'none recorded'
            )}
          </dd>
          <dt className="text-ink-muted">Version</dt>
          <dd className="font-medium text-ink">{health.version}</dd>
        </dl>
        <Link href="/status" className="mt-4 inline-block font-semibold text-brand-700 hover:underline">
          Public status page →
        </Link>
      </section>
    </div>
  );
}
