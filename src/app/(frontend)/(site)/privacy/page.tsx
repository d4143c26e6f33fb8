// /privacy: how XTeam.Pro handles the data visitors give in the audit and the contact forms.
import type { Metadata } from 'next';
import { Container } from '@/components/ui/container';
import { CONTACT_EMAIL } from '@/components/site/navigation';

export const metadata: Metadata = {
  title: 'Privacy notice',
  description: 'How XTeam.Pro processes the personal data you share with us.',
};

const SECTIONS = [
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
    body: 'Audit answers and results are kept for 24 months after your last contact with us, then deleted. Your results link stays private: anyone with the link can open it, so share it only with people you trust.',
  },
  {
    title: 'Your rights',
    body: `You may ask for a copy of your data, its correction or its deletion, and withdraw your consent at any time, by writing to ${CONTACT_EMAIL}. You may also complain to your data protection authority.`,
  },
];

export default function PrivacyPage() {
  return (
    <Container className="max-w-3xl py-16">
      <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">Privacy notice</h1>
      <p className="mt-3 text-lg text-ink-muted">
        XTeam.Pro is responsible for the personal data you share on this website. This notice explains what we do with
        it.
      </p>
      <div className="mt-10 flex flex-col gap-8">
        {SECTIONS.map((section) => (
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
