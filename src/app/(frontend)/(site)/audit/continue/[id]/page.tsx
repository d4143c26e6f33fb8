// /audit/continue/[id]: the continue link of a low-confidence result. Opens the wizard at the
// maturity questions with the audit's answers (a new draft, started by the visitor's click).
import type { Metadata } from 'next';
import { Container } from '@/components/ui/container';
import { ContinueAudit } from './_components/continue-audit';

export const metadata: Metadata = {
  title: 'Answer the maturity questions',
  robots: { index: false, follow: false },
};

export default async function ContinueAuditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Container className="max-w-2xl py-16">
      <h1 className="text-3xl font-bold tracking-tight text-ink">A firmer score in about two minutes</h1>
      <p className="mt-3 text-ink-muted">
        Your answers so far are kept. Twelve short questions on how your company works today turn the estimated parts of
        your score into measured ones; each one is optional.
      </p>
      <ContinueAudit auditId={id} />
    </Container>
  );
}
