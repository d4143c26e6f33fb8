// Public system status page, live from the tRPC health procedure.
import type { Metadata } from 'next';
import { Container } from '@/components/ui/container';
import { StatusPanel } from './status-panel';

export const metadata: Metadata = {
  title: 'System status',
  description: 'Live status of the XTeam.Pro website and its services.',
};

export default function StatusPage() {
  return (
    <Container className="py-16">
      <h1 className="text-3xl font-bold tracking-tight text-ink">System status</h1>
      <p className="mt-2 text-ink-muted">
        Live health of the services behind this website, refreshed every 15 seconds.
      </p>
      <StatusPanel />
    </Container>
  );
}
