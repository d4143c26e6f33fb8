// /audit: the AI process audit wizard.
import type { Metadata } from 'next';
import { Container } from '@/components/ui/container';
import { api } from '@/trpc/server';
import { AuditWizardLoader } from './_components/audit-wizard-loader';

export const metadata: Metadata = {
  title: 'Free AI process audit',
  description:
    'Answer seven short steps and get your automation maturity score, an ROI forecast and AI recommendations in about three minutes.',
};

export default async function AuditPage() {
  const catalogue = await api.audit.catalogue();
  return (
    <div className="bg-gradient-to-b from-brand-50 to-white">
      <Container className="max-w-3xl py-10 sm:py-16">
        <div className="mb-8 flex flex-col gap-3">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">AI process audit</p>
          <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">
            Where can automation pay off for you?
          </h1>
          <p className="text-lg text-ink-muted">
            Seven short steps, about three minutes. Your answers are saved as you go, so you can come back later.
          </p>
        </div>
        <AuditWizardLoader catalogue={catalogue} />
      </Container>
    </div>
  );
}
