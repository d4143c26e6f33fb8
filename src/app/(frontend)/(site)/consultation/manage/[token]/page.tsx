// /consultation/manage/<token>: the visitor's cancel / reschedule page, opened from the email.
// The token is a secret: the page is not indexed and sends no referrer.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Container } from '@/components/ui/container';
import { manageToken } from '@/server/booking/schema';
import { api, HydrateClient } from '@/trpc/server';
import { ManageLoader } from './_components/manage-loader';

export const metadata: Metadata = {
  title: 'Your consultation',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

export default async function ManageBookingPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!manageToken.safeParse(token).success) notFound();
  try {
    await api.booking.manage({ token });
  } catch {
    notFound();
  }
  await api.booking.manage.prefetch({ token });
  return (
    <div className="bg-gradient-to-b from-brand-50 to-white">
      <Container className="flex max-w-3xl flex-col gap-8 py-12 sm:py-16">
        <div className="flex flex-col gap-3">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Consultation</p>
          <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">Manage your consultation</h1>
        </div>
        <HydrateClient>
          <ManageLoader token={token} />
        </HydrateClient>
      </Container>
    </div>
  );
}
