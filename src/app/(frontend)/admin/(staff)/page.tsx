// Staff overview: who is signed in, where to go, and the live health of the platform.
import Link from 'next/link';
import { getStaffSession } from '@/server/auth/session';
import { canUseAdminArea } from '@/server/auth/roles';
import { api } from '@/trpc/server';
import { StaffPanel } from './_components/staff-panel';

export default async function AdminHomePage() {
  const session = await getStaffSession();
  const isAdmin = canUseAdminArea(session?.user.role);
  const health = await api.system.health();
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold tracking-tight text-ink">
          Welcome back{session?.user.name ? `, ${session.user.name}` : ''}
        </h1>
        <p className="mt-1 text-ink-muted">
          {isAdmin
            ? 'You are an admin: you can manage content in the CMS and everything in this area.'
            : 'You are an editor: your workspace is the CMS, where the blog, case studies and audit configuration live.'}
        </p>
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="cms-title" className="rounded-2xl bg-white p-6 ring-1 ring-slate-200">
          <h2 id="cms-title" className="text-lg font-semibold text-ink">
            Content
          </h2>
          <p className="mt-1 text-ink-muted">Edit pages, posts and the audit configuration in Payload CMS.</p>
          <Link href="/cms" className="mt-4 inline-block font-semibold text-brand-700 hover:underline">
            Open the CMS →
          </Link>
        </section>
        <section aria-labelledby="health-title" className="rounded-2xl bg-white p-6 ring-1 ring-slate-200">
          <h2 id="health-title" className="text-lg font-semibold text-ink">
            Platform health
          </h2>
          <dl className="mt-3 grid grid-cols-2 gap-2 text-sm">
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
            <dt className="text-ink-muted">Version</dt>
            <dd className="font-medium text-ink">{health.version}</dd>
          </dl>
          <Link href="/status" className="mt-4 inline-block font-semibold text-brand-700 hover:underline">
            Public status page →
          </Link>
        </section>
      </div>
      {isAdmin && <StaffPanel />}
    </div>
  );
}
