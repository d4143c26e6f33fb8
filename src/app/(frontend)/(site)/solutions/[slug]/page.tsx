// /solutions/[slug]: one industry's scenario, typical problems, automations and outcomes.
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import type { CaseStudy } from '@cms/payload-types';
import { asMedia, CmsImage, pickSize } from '@/components/content/cms-image';
import { PageIntro } from '@/components/content/page-intro';
import { PreviewBanner } from '@/components/content/preview-banner';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { findSolution } from '@/server/content/company';
import { isPreviewing } from '@/server/content/preview';
import { CaseStudyCard } from '../../case-studies/_components/case-study-card';
import { ResultFigures } from '../../case-studies/_components/result-figures';
import { contentMetadata, notFoundMetadata } from '@/server/content/metadata';

type Params = Promise<{ slug: string }>;

async function load(params: Params) {
  const { slug } = await params;
  const preview = await isPreviewing();
  return { solution: await findSolution(slug, { draft: preview }), preview };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { solution, preview } = await load(params);
  if (!solution) return notFoundMetadata('Solution not found');
  const image = asMedia(solution.image);
  return contentMetadata({
    title: solution.seo?.title || `AI automation for ${solution.industry.toLowerCase()}`,
    description: solution.seo?.description || solution.summary,
    path: `/solutions/${solution.slug}`,
    image: image ? { url: pickSize(image, 'hero').src, alt: image.alt } : null,
    preview,
  });
}

export default async function SolutionPage({ params }: { params: Params }) {
  const { solution, preview } = await load(params);
  if (!solution) notFound();
  const related = (solution.relatedCaseStudies ?? []).filter(
    (study): study is CaseStudy => typeof study === 'object' && (preview || study._status === 'published'),
  );

  return (
    <>
      {preview && <PreviewBanner path={`/solutions/${solution.slug}`} />}
      <PageIntro eyebrow={solution.industry} title={solution.headline}>
        <p>{solution.summary}</p>
        <nav aria-label="Breadcrumb" className="mt-4 text-sm">
          <Link href="/solutions" className="font-medium text-brand-700 hover:underline">
            All industries
          </Link>
        </nav>
      </PageIntro>
      <Container className="grid gap-12 py-12 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div>
          <section aria-labelledby="scenario-title">
            <h2 id="scenario-title" className="text-2xl font-bold tracking-tight text-ink">
              A typical week today
            </h2>
            <p className="mt-4 text-lg leading-relaxed text-slate-700">{solution.scenario}</p>
          </section>
          <section aria-labelledby="automations-title" className="mt-12">
            <h2 id="automations-title" className="text-2xl font-bold tracking-tight text-ink">
              What we automate
            </h2>
            <ul className="mt-6 grid gap-4">
              {(solution.automations ?? []).map((automation) => (
                <li key={automation.id ?? automation.title} className="rounded-2xl border border-slate-200 p-6">
                  <h3 className="text-lg font-semibold text-ink">{automation.title}</h3>
                  <p className="mt-2 text-ink-muted">{automation.description}</p>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <aside className="flex flex-col gap-8">
          <CmsImage
            media={solution.image}
            size="card"
            sizes="(min-width: 1024px) 384px, 100vw"
            className="aspect-[16/9] w-full rounded-2xl object-cover"
            priority
          />
          <section aria-labelledby="problems-title" className="rounded-2xl bg-slate-50 p-6">
            <h2 id="problems-title" className="text-lg font-semibold text-ink">
              Typical problems
            </h2>
            <ul className="mt-4 flex flex-col gap-3 text-ink-muted">
              {(solution.problems ?? []).map((item) => (
                <li key={item.id ?? item.problem} className="flex gap-3">
                  <span aria-hidden="true" className="mt-2 h-2 w-2 shrink-0 rounded-full bg-accent-500" />
                  {item.problem}
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </Container>
      <section aria-labelledby="outcomes-title" className="border-y border-slate-200 bg-brand-50/60 py-12">
        <Container>
          <h2 id="outcomes-title" className="text-2xl font-bold tracking-tight text-ink">
            Outcomes to expect
          </h2>
          <p className="mt-2 max-w-2xl text-ink-muted">
            Ranges from comparable projects. Your audit gives a conservative and an expected forecast for your own
            figures.
          </p>
          <ResultFigures results={solution.outcomes} className="mt-6" />
        </Container>
      </section>
      {related.length > 0 && (
        <Container className="py-12">
          <h2 className="text-2xl font-bold tracking-tight text-ink">Related case studies</h2>
          <ul className="mt-6 grid gap-8 lg:grid-cols-2">
            {related.map((study) => (
              <li key={study.id}>
                <CaseStudyCard study={study} headingLevel="h3" />
              </li>
            ))}
          </ul>
        </Container>
      )}
      <Container className="pb-16 pt-4 text-center">
        <p className="text-xl font-semibold text-ink">Where would automation pay back first in your business?</p>
        <ButtonLink href="/audit" data-cta="start-audit-solution" size="lg" className="mt-5">
          Start the free audit
        </ButtonLink>
      </Container>
    </>
  );
}
