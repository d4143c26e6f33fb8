// /case-studies: client stories with measured results, and what the clients say.
import type { Metadata } from 'next';
import { PageIntro } from '@/components/content/page-intro';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { listCaseStudies, listTestimonials } from '@/server/content/company';
import { CaseStudyCard } from './_components/case-study-card';
import { DEFAULT_SHARE_IMAGE } from '@/server/content/share-image';

const description =
  'How logistics, healthcare, manufacturing and insurance clients automated their processes with XTeam.Pro, and the results they measured.';

export const metadata: Metadata = {
  title: 'Case studies',
  description,
  alternates: { canonical: '/case-studies' },
  openGraph: {
    title: 'Case studies · XTeam.Pro',
    description,
    url: '/case-studies',
    type: 'website',
    images: [DEFAULT_SHARE_IMAGE],
  },
  twitter: { card: 'summary', title: 'Case studies · XTeam.Pro', description },
};

export default async function CaseStudiesPage() {
  const [studies, testimonials] = await Promise.all([listCaseStudies(), listTestimonials()]);
  return (
    <>
      <PageIntro eyebrow="Case studies" title="Results our clients measured, not estimated">
        <p>
          Every figure below was measured with the client&apos;s own team, before and after go-live. Each project
          started with an audit of how the work was really done.
        </p>
      </PageIntro>
      <Container className="py-12 sm:py-16">
        {studies.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-slate-300 p-10 text-center text-ink-muted">
            Our first case studies are being written up. In the meantime, the free audit shows what automation could
            return in your business.
          </p>
        ) : (
          <ul className="grid gap-8 lg:grid-cols-2">
            {studies.map((study) => (
              <li key={study.id}>
                <CaseStudyCard study={study} />
              </li>
            ))}
          </ul>
        )}
      </Container>
      {testimonials.length > 0 && (
        <section aria-labelledby="testimonials-title" className="bg-brand-950 py-16 text-white sm:py-20">
          <Container>
            <h2 id="testimonials-title" className="text-3xl font-bold tracking-tight">
              In our clients&apos; words
            </h2>
            <ul className="mt-10 grid gap-6 md:grid-cols-2">
              {testimonials.map((testimonial) => (
                <li key={testimonial.id}>
                  <figure className="h-full rounded-2xl bg-white/5 p-6 ring-1 ring-white/10">
                    <blockquote className="text-lg leading-relaxed text-brand-50">
                      &ldquo;{testimonial.quote}&rdquo;
                    </blockquote>
                    <figcaption className="mt-4 text-sm text-brand-200">
                      <span className="font-semibold text-white">{testimonial.person}</span>
                      {testimonial.role ? `, ${testimonial.role}` : ''}, {testimonial.company}
                    </figcaption>
                  </figure>
                </li>
              ))}
            </ul>
          </Container>
        </section>
      )}
      <Container className="py-16 text-center">
        <h2 className="text-2xl font-bold text-ink">Could your team be the next case study?</h2>
        <p className="mx-auto mt-3 max-w-xl text-ink-muted">
          Start with the free AI process audit: a maturity score, the processes worth automating and a conservative ROI
          forecast in about three minutes.
        </p>
        <ButtonLink href="/audit" data-cta="start-audit-case-studies" size="lg" className="mt-6">
          Start the free audit
        </ButtonLink>
      </Container>
    </>
  );
}
