'use client';
// Loads the wizard in the browser only: it resumes from this browser's saved draft, which the
// server cannot know, so rendering it on the server would only flash the wrong step.
import dynamic from 'next/dynamic';
import type { WizardCatalogue } from '@/server/audit/catalogue';
import { LoadingNotice } from '@/components/ui/loading-notice';

const AuditWizard = dynamic(() => import('./audit-wizard').then((module) => module.AuditWizard), {
  ssr: false,
  // As tall as the first step (the industry grid), so the footer does not jump when it arrives
  // (Lighthouse measured a layout shift of 0.2 on a phone with a short placeholder).
  loading: () => (
    <LoadingNotice className="min-h-[64rem] rounded-2xl bg-white p-8 ring-1 ring-slate-200 sm:min-h-[40rem]">
      Loading your audit…
    </LoadingNotice>
  ),
});

export function AuditWizardLoader({ catalogue }: { catalogue: WizardCatalogue }) {
  return <AuditWizard catalogue={catalogue} />;
}
