// /solutions: automation scenarios by industry.
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { CmsImage } from '@/components/content/cms-image';
import { PageIntro } from '@/components/content/page-intro';
import { Container } from '@/components/ui/container';
import { listSolutions } from '@/server/content/company';
import { DEFAULT_SHARE_IMAGE } from '@/server/content/share-image';

const description =
  'AI automation scenarios for manufacturing, logistics, healthcare, financial services, retail and professional services: typical problems, what we automate and the outcomes to expect.';

export const metadata: Metadata = {
  title: 'Solutions by industry',
  description,
  alternates: { canonical: '/solutions' },
  openGraph: {
    title: 'Solutions by industry · XTeam.Pro',
    description,
    url: '/solutions',
    type: 'website',
    images: [DEFAULT_SHARE_IMAGE],
  },
  twitter: { card: 'summary', title: 'Solutions by industry · XTeam.Pro', description },
};

export default async function SolutionsPage() {
  const solutions = await listSolutions();
  return (
    <>
      <PageIntro eyebrow="Solutions" title="Automation where your industry loses the most hours">
        <p>
          Every industry has its own paperwork. These are the processes we automate most often, the problems behind them
          and the outcomes clients typically see in the first year.
        </p>
      </PageIntro>
      <Container className="py-12 sm:py-16">
        {solutions.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-slate-300 p-10 text-center text-ink-muted">
            Industry guides are on their way. The free audit already covers every industry.
          </p>
        ) : (
          <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
            {solutions.map((solution, index) => (
              <li key={solution.id} className="flex">
                <article className="group relative flex w-full flex-col overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm transition-shadow hover:shadow-md">
                  <CmsImage
                    media={solution.image}
                    size="card"
                    sizes="(min-width: 1024px) 370px, (min-width: 640px) 50vw, 100vw"
                    className="aspect-[16/9] w-full object-cover"
                    priority={index < 3}
                    decorative
                  />
                  <div className="flex flex-1 flex-col p-6">
                    <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{solution.industry}</p>
                    <h2 className="mt-2 text-xl font-semibold leading-snug text-ink">
                      <Link
                        href={`/solutions/${solution.slug}`}
                        className="after:absolute after:inset-0 after:content-[''] group-hover:text-brand-700"
                      >
                        {solution.headline}
                      </Link>
                    </h2>
                    <p className="mt-3 flex-1 text-ink-muted">{solution.summary}</p>
                    <p aria-hidden="true" className="mt-5 text-sm font-semibold text-brand-700">
                      Read the {solution.industry.toLowerCase()} guide →
                    </p>
                  </div>
                </article>
              </li>
            ))}
          </ul>
        )}
      </Container>
    </>
  );
}
