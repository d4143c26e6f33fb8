'use client';
// Loads the wizard in the browser only: it resumes from this browser's saved draft, which the
// server cannot know, so rendering it on the server would only flash the wrong step.
import dynamic from 'next/dynamic';
import type { WizardCatalogue } from '@/server/audit/catalogue';
import { LoadingNotice } from '@/components/ui/loading-notice';

const AuditWizard = dynamic(() => import('./audit-wizard').then((module) => module.AuditWizard), {
  ssr: false,
  loading: () => (
    <LoadingNotice className="rounded-2xl bg-white p-8 ring-1 ring-slate-200">Loading your audit…</LoadingNotice>
  ),
});

export function AuditWizardLoader({ catalogue }: { catalogue: WizardCatalogue }) {
  return <AuditWizard catalogue={catalogue} />;
}
