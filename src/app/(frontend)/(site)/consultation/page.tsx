// /consultation: book a 30-minute consultation, optionally linked to an AI audit (?audit=<id>).
import type { Metadata } from 'next';
import { Container } from '@/components/ui/container';
import { currentAvailability } from '@/server/booking/availability-source';
import { api, HydrateClient } from '@/trpc/server';
import { BookingLoader } from './_components/booking-loader';

export const metadata: Metadata = {
  title: 'Book a consultation',
  description: 'Pick a time for a free 30-minute consultation with an XTeam.Pro automation consultant.',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const AGENDA = [
  'The two or three processes that cost your teams the most time',
  'What automating them could return, with conservative figures',
  'An honest view of where to start, and what to leave alone',
];

export default async function ConsultationPage({ searchParams }: { searchParams: Promise<{ audit?: string }> }) {
  const { audit } = await searchParams;
  const availability = await currentAvailability();
  await api.booking.slots.prefetch();
  return (
    <div className="bg-gradient-to-b from-brand-50 to-white">
      <Container className="flex flex-col gap-10 py-12 sm:py-16">
        <div className="grid gap-8 lg:grid-cols-[1fr_2fr]">
          <div className="flex flex-col gap-5">
            <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Consultation</p>
            <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">
              Book a free {availability.durationMinutes}-minute consultation
            </h1>
            <p className="text-lg text-ink-muted">With an automation consultant, not a sales script.</p>
            <div>
              <h2 className="font-semibold text-ink">What we cover</h2>
              <ul className="mt-2 flex list-disc flex-col gap-1.5 pl-5 text-ink-muted">
                {AGENDA.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </div>
            <p className="rounded-xl bg-white p-4 text-sm text-ink-muted ring-1 ring-slate-200">
              {availability.meetingDetails}
            </p>
          </div>
          {/* min-w-0: the scrolling day list must not widen the grid column. */}
          <div className="min-w-0">
            <HydrateClient>
              <BookingLoader auditId={audit && UUID.test(audit) ? audit.toLowerCase() : null} />
            </HydrateClient>
          </div>
        </div>
      </Container>
    </div>
  );
}
