// /case-studies/[slug]: the client's challenge, what we built, and the measured results.
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { asMedia, CmsImage, pickSize } from '@/components/content/cms-image';
import { JsonLd } from '@/components/content/json-ld';
import { PreviewBanner } from '@/components/content/preview-banner';
import { RichText } from '@/components/content/rich-text';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { findCaseStudy } from '@/server/content/company';
import { isPreviewing } from '@/server/content/preview';
import { absoluteUrl } from '@/server/content/site-url';
import { ResultFigures } from '../_components/result-figures';
import { contentMetadata, notFoundMetadata } from '@/server/content/metadata';

type Params = Promise<{ slug: string }>;

async function load(params: Params) {
  const { slug } = await params;
  const preview = await isPreviewing();
  return { study: await findCaseStudy(slug, { draft: preview }), preview };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { study, preview } = await load(params);
  if (!study) return notFoundMetadata('Case study not found');
  const cover = asMedia(study.coverImage);
  return contentMetadata({
    title: study.seo?.title || `${study.client}: ${study.title}`,
    description: study.seo?.description || study.summary,
    path: `/case-studies/${study.slug}`,
    image: cover ? { url: pickSize(cover, 'hero').src, alt: cover.alt } : null,
    preview,
    type: 'article',
  });
}

export default async function CaseStudyPage({ params }: { params: Params }) {
  const { study, preview } = await load(params);
  if (!study) notFound();
  const quote = study.testimonial?.quote ? study.testimonial : null;
  const cover = asMedia(study.coverImage);

  return (
    <>
      {preview && <PreviewBanner path={`/case-studies/${study.slug}`} />}
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Article',
          headline: study.title,
          description: study.summary,
          url: absoluteUrl(`/case-studies/${study.slug}`),
          ...(cover ? { image: [absoluteUrl(pickSize(cover, 'hero').src)] } : {}),
          datePublished: study.publishedAt ?? study.createdAt,
          dateModified: study.updatedAt,
          about: { '@type': 'Organization', name: study.client },
          publisher: { '@id': absoluteUrl('/#organization'), '@type': 'Organization', name: 'XTeam.Pro' },
        }}
      />
      <article>
        <header className="bg-gradient-to-b from-brand-50 to-white">
          <Container className="pb-12 pt-12 sm:pt-16">
            <nav aria-label="Breadcrumb" className="text-sm">
              <Link href="/case-studies" className="font-medium text-brand-700 hover:underline">
                Case studies
              </Link>
              <span className="text-ink-subtle"> / {study.industry}</span>
            </nav>
            <div className="mt-6 flex items-center gap-3">
              <CmsImage media={study.logo} size="thumbnail" sizes="56px" className="h-14 w-14 rounded-xl" decorative />
              <p className="text-lg font-semibold text-ink">{study.client}</p>
            </div>
            <h1 className="mt-4 max-w-3xl text-3xl font-bold tracking-tight text-ink sm:text-5xl sm:leading-tight">
              {study.title}
            </h1>
            <p className="mt-5 max-w-3xl text-xl leading-relaxed text-ink-muted">{study.summary}</p>
            <h2 className="sr-only">Results</h2>
            <ResultFigures results={study.results} className="mt-10" />
          </Container>
        </header>
        <Container className="grid gap-12 py-12 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="max-w-3xl">
            <section aria-labelledby="challenge-title">
              <h2 id="challenge-title" className="text-2xl font-bold tracking-tight text-ink">
                The challenge
              </h2>
              <p className="mt-4 text-lg leading-relaxed text-slate-700">{study.challenge}</p>
            </section>
            <section aria-labelledby="solution-title" className="mt-12">
              <h2 id="solution-title" className="text-2xl font-bold tracking-tight text-ink">
                What we built
              </h2>
              <RichText data={study.solution} className="mt-4" />
            </section>
          </div>
          <aside className="flex flex-col gap-6">
            <CmsImage
              media={study.coverImage}
              size="card"
              sizes="(min-width: 1024px) 320px, 100vw"
              className="aspect-[16/9] w-full rounded-2xl object-cover"
            />
            {quote && (
              <figure className="rounded-2xl bg-brand-950 p-6 text-white">
                <blockquote className="text-lg leading-relaxed">&ldquo;{quote.quote}&rdquo;</blockquote>
                <figcaption className="mt-4 text-sm text-brand-200">
                  <span className="font-semibold text-white">{quote.person}</span>
                  {quote.role ? `, ${quote.role}` : ''}
                </figcaption>
              </figure>
            )}
          </aside>
        </Container>
        <Container className="pb-16">
          <div className="flex flex-col items-start gap-4 rounded-2xl border border-slate-200 p-8 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <p className="text-xl font-semibold text-ink">See what the same approach would return for you</p>
              <p className="mt-1 text-ink-muted">The free AI process audit takes about three minutes.</p>
            </div>
            <ButtonLink href="/audit" data-cta="start-audit-case-study" size="lg">
              Start the free audit
            </ButtonLink>
          </div>
        </Container>
      </article>
    </>
  );
}
