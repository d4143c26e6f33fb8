// /your-data: a person asks for a one-time link to download or erase everything we hold about
// their email address (GDPR art. 15, 17, 20). The answer never reveals whether we hold anything.
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { Container } from '@/components/ui/container';
import { linkTtlMinutes } from '@/server/privacy/config';
import { RequestLinkForm } from './_components/request-link-form';

export const metadata: Metadata = {
  title: 'Your data',
  description: 'Download or erase everything XTeam.Pro holds about your email address.',
};

export default function YourDataPage() {
  return (
    <Container className="flex max-w-3xl flex-col gap-8 py-16">
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">Your data</h1>
        <p className="text-lg text-ink-muted">
          Get a copy of everything we hold about your email address (your audits and reports, messages, bookings and the
          emails we sent you), or have all of it erased. We send a link to that address to make sure it is yours; the
          link works once, for {linkTtlMinutes()} minutes.
        </p>
        <p className="text-sm text-ink-muted">
          How we use and how long we keep your data: see our{' '}
          <Link href="/privacy" className="text-brand-700 underline">
            privacy notice
          </Link>
          .
        </p>
      </div>
      <RequestLinkForm />
    </Container>
  );
}
