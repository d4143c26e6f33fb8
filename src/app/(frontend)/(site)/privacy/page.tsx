// /privacy: how XTeam.Pro handles the data visitors give in the audit and the contact forms.
// The retention periods come from the same configuration the retention job applies.
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import type { ReactNode } from 'react';
import { Container } from '@/components/ui/container';
import { CONTACT_EMAIL } from '@/components/site/navigation';
import { linkTtlMinutes, retentionPolicy } from '@/server/privacy/config';

export const metadata: Metadata = {
  title: 'Privacy notice',
  description: 'How XTeam.Pro processes the personal data you share with us.',
};

const months = (n: number) => (n === 1 ? '1 month' : `${n} months`);

function sections(): Array<{ title: string; body: ReactNode }> {
  const policy = retentionPolicy();
  return [
    {
      title: 'What we collect',
      body: 'When you take the AI process audit we store your answers (industry, company size, pain points, systems, KPIs and maturity answers), your email address and, if you give them, your phone number and company name. We also keep the campaign parameters and referring page of your first visit, so we know which of our articles and campaigns are useful.',
    },
    {
      title: 'Why we use it',
      body: 'To score your audit, produce your results page and report, send them to you, and, because you agreed to it, contact you about your results. We do not sell your data or use it for advertising.',
    },
    {
      title: 'Who processes it',
      body: 'Your data is stored in our own database. When an AI model writes your recommendations, your answers (never your contact details) are sent to the model provider we use under a data processing agreement. Email is delivered by our email provider.',
    },
    {
      title: 'How long we keep it',
      body: `Your audits with their answers, results and reports, your messages, consultation bookings and our notes about you are kept for ${months(policy.recordsMonths)} after your last contact with us, then deleted automatically. Emails we sent are deleted after ${months(policy.emailsMonths)}, website statistics after ${months(policy.eventsMonths)}. Your results link stays private: anyone with the link can open it, so share it only with people you trust.`,
    },
    {
      title: 'Your rights',
      body: (
        <>
          You may get a copy of your data or have it erased at any time on the{' '}
          <Link href="/your-data" className="text-brand-700 underline">
            Your data
          </Link>{' '}
          page: we email you a link that works once, for {linkTtlMinutes()} minutes. For corrections, or to withdraw
          your consent, write to {CONTACT_EMAIL}. You may also complain to your data protection authority.
        </>
      ),
    },
  ];
}

export default function PrivacyPage() {
  return (
    <Container className="max-w-3xl py-16">
      <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">Privacy notice</h1>
      <p className="mt-3 text-lg text-ink-muted">
        XTeam.Pro is responsible for the personal data you share on this website. This notice explains what we do with
        it.
      </p>
      <div className="mt-10 flex flex-col gap-8">
        {sections().map((section) => (
          <section key={section.title} aria-labelledby={section.title}>
            <h2 id={section.title} className="text-xl font-semibold text-ink">
              {section.title}
            </h2>
            <p className="mt-2 leading-relaxed text-ink-muted">{section.body}</p>
          </section>
        ))}
      </div>
    </Container>
  );
}
