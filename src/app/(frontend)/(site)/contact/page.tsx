// /contact: the contact form, and the way to book a consultation directly.
import type { Metadata } from 'next';
import { buttonClasses } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { CONTACT_EMAIL, CONSULTATION_HREF } from '@/components/site/navigation';
import { INQUIRY_TYPE_KEYS } from '@/domain/contact/follow-up';
import { inquiryTypeOptions } from '@/server/contact/schema';
import { ContactForm } from './_components/contact-form';

export const metadata: Metadata = {
  title: 'Contact',
  description:
    'Tell us about the processes that slow your teams down, or book a 30-minute consultation with an automation consultant.',
};

const NEXT_STEPS = [
  'A consultant, not a sales script, reads your message.',
  'We reply or call within one to three working days, depending on the topic.',
  'If automation is not the right answer for you, we say so.',
];

export default async function ContactPage({ searchParams }: { searchParams: Promise<{ type?: string }> }) {
  const { type } = await searchParams;
  const initialType = INQUIRY_TYPE_KEYS.find((key) => key === type) ?? 'project';
  return (
    <div className="bg-gradient-to-b from-brand-50 to-white">
      <Container className="flex flex-col gap-10 py-12 sm:py-16">
        <div className="flex max-w-3xl flex-col gap-3">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Contact</p>
          <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-5xl">Talk to an automation consultant</h1>
          <p className="text-lg text-ink-muted">
            Tell us which work slows your teams down. We answer every message personally.
          </p>
        </div>
        <div className="grid gap-8 lg:grid-cols-[1.5fr_1fr] lg:items-start">
          <ContactForm options={inquiryTypeOptions} initialType={initialType} />
          <aside className="flex flex-col gap-6">
            <section aria-labelledby="book-title" className="rounded-2xl bg-brand-950 p-6 text-white sm:p-8">
              <h2 id="book-title" className="text-xl font-bold">
                Prefer to pick a time?
              </h2>
              <p className="mt-2 text-brand-100">
                Book a free 30-minute consultation. We look at your processes together and you leave with an honest view
                of where automation pays off.
              </p>
              <a href={CONSULTATION_HREF} className={buttonClasses('inverse', 'md', 'mt-5')}>
                Book a consultation
              </a>
            </section>
            <section aria-labelledby="next-title" className="rounded-2xl bg-white p-6 ring-1 ring-slate-200">
              <h2 id="next-title" className="font-semibold text-ink">
                What happens next
              </h2>
              <ul className="mt-3 flex list-disc flex-col gap-2 pl-5 text-sm text-ink-muted">
                {NEXT_STEPS.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ul>
              <p className="mt-4 text-sm text-ink-muted">
                Or write to{' '}
                <a href={`mailto:${CONTACT_EMAIL}`} className="font-medium text-brand-700 underline">
                  {CONTACT_EMAIL}
                </a>
                .
              </p>
            </section>
          </aside>
        </div>
      </Container>
    </div>
  );
}
