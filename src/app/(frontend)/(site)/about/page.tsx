// /about: who XTeam.Pro is, how we work, and the team.
import type { Metadata } from 'next';
import { CmsImage } from '@/components/content/cms-image';
import { JsonLd } from '@/components/content/json-ld';
import { PageIntro } from '@/components/content/page-intro';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { getSiteSettings, listTeam, listTestimonials } from '@/server/content/company';
import { organizationJsonLd } from '@/server/content/structured-data';
import { DEFAULT_SHARE_IMAGE } from '@/server/content/share-image';

const description =
  'XTeam.Pro is an AI-automation consultancy: we measure how work is really done, forecast the return honestly and build automations that teams keep using.';

export const metadata: Metadata = {
  title: 'About us',
  description,
  alternates: { canonical: '/about' },
  openGraph: { title: 'About XTeam.Pro', description, url: '/about', type: 'website', images: [DEFAULT_SHARE_IMAGE] },
  twitter: { card: 'summary', title: 'About XTeam.Pro', description },
};

const PRINCIPLES = [
  {
    title: 'Measure first',
    body: 'We time the process before we propose anything. Every project has a baseline, so everyone can see what changed.',
  },
  {
    title: 'Forecast conservatively',
    body: 'Our ROI forecasts show a conservative and an expected case with every assumption listed. We would rather under-promise.',
  },
  {
    title: 'People approve what matters',
    body: 'When an action moves money or speaks for you, a person approves it. Automation takes the typing, not the judgement.',
  },
  {
    title: 'Built to be handed over',
    body: 'Documented integrations, runbooks and training, so your team can run, pause and change the automations without us.',
  },
];

export default async function AboutPage() {
  const [team, testimonials, settings] = await Promise.all([listTeam(), listTestimonials(), getSiteSettings()]);
  const quote = testimonials[0];
  return (
    <>
      <JsonLd data={organizationJsonLd(settings)} />
      <PageIntro eyebrow="About us" title="We automate the work nobody should have to do twice">
        <p>
          XTeam.Pro is a small team of operations people and engineers. We help mid-sized companies find the processes
          worth automating, prove the return, and build AI automations their teams trust and keep using.
        </p>
      </PageIntro>
      <Container className="grid gap-12 py-14 lg:grid-cols-2">
        <section aria-labelledby="story-title">
          <h2 id="story-title" className="text-2xl font-bold tracking-tight text-ink">
            Why we started
          </h2>
          <div className="mt-4 flex flex-col gap-4 text-lg leading-relaxed text-slate-700">
            <p>
              We spent years inside finance, logistics and service teams watching skilled people copy data between
              systems. Automation projects promised to fix it, then stalled: the wrong process was chosen, the forecast
              was optimistic, and the bots broke with the next upgrade.
            </p>
            <p>
              So we built the practice we wanted to hire: one that starts with a measured audit, chooses the first
              project on evidence, integrates properly and stays until the results are measured.
            </p>
          </div>
        </section>
        <section aria-labelledby="principles-title">
          <h2 id="principles-title" className="text-2xl font-bold tracking-tight text-ink">
            How we work
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {PRINCIPLES.map((principle) => (
              <li key={principle.title} className="rounded-2xl border border-slate-200 p-5">
                <h3 className="font-semibold text-ink">{principle.title}</h3>
                <p className="mt-2 text-sm leading-relaxed text-ink-muted">{principle.body}</p>
              </li>
            ))}
          </ul>
        </section>
      </Container>
      <section aria-labelledby="team-title" className="bg-slate-50 py-14 sm:py-20">
        <Container>
          <h2 id="team-title" className="text-3xl font-bold tracking-tight text-ink">
            The team
          </h2>
          {team.length === 0 ? (
            <p className="mt-6 text-ink-muted">Team profiles are being updated.</p>
          ) : (
            <ul className="mt-10 grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
              {team.map((member) => (
                <li key={member.id} className="flex flex-col rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
                  <CmsImage
                    media={member.photo}
                    size="thumbnail"
                    sizes="96px"
                    className="h-24 w-24 rounded-full object-cover"
                  />
                  <h3 className="mt-5 text-lg font-semibold text-ink">{member.name}</h3>
                  <p className="text-sm font-medium text-brand-700">{member.role}</p>
                  <p className="mt-3 text-sm leading-relaxed text-ink-muted">{member.bio}</p>
                </li>
              ))}
            </ul>
          )}
        </Container>
      </section>
      {quote && (
        <Container className="py-14">
          <figure className="mx-auto max-w-3xl text-center">
            <blockquote className="text-2xl font-medium leading-relaxed text-ink">
              &ldquo;{quote.quote}&rdquo;
            </blockquote>
            <figcaption className="mt-4 text-ink-muted">
              <span className="font-semibold text-ink">{quote.person}</span>
              {quote.role ? `, ${quote.role}` : ''}, {quote.company}
            </figcaption>
          </figure>
        </Container>
      )}
      <Container className="pb-16">
        <div className="flex flex-col items-start gap-4 rounded-2xl bg-brand-950 p-8 text-white sm:flex-row sm:items-center sm:justify-between">
          <div>
            <p className="text-xl font-semibold">Talk to us about your processes</p>
            <p className="mt-1 text-brand-100">
              Start with the free audit, or write to{' '}
              <a href={`mailto:${settings.email ?? 'hello@xteam.pro'}`} className="font-semibold text-white underline">
                {settings.email ?? 'hello@xteam.pro'}
              </a>
              .
            </p>
          </div>
          <ButtonLink href="/audit" data-cta="start-audit-about" variant="inverse" size="lg">
            Start the free audit
          </ButtonLink>
        </div>
      </Container>
    </>
  );
}
