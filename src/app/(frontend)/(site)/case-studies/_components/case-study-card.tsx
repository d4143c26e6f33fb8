// A case study in a list: client mark, industry, title, summary and headline results.
import Link from '@/components/ui/link';
import type { CaseStudy } from '@cms/payload-types';
import { CmsImage } from '@/components/content/cms-image';
import { ResultFigures } from './result-figures';

export function CaseStudyCard({ study, headingLevel = 'h2' }: { study: CaseStudy; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <article className="group relative flex h-full flex-col rounded-2xl border border-slate-200 bg-white p-6 shadow-sm transition-shadow hover:shadow-md sm:p-8">
      <div className="flex items-center gap-3">
        <CmsImage
          media={study.logo}
          size="thumbnail"
          sizes="48px"
          className="h-12 w-12 rounded-lg object-cover"
          decorative
        />
        <div>
          <p className="font-semibold text-ink">{study.client}</p>
          <p className="text-sm text-ink-subtle">{study.industry}</p>
        </div>
      </div>
      <Heading className="mt-5 text-2xl font-semibold leading-snug text-ink">
        <Link
          href={`/case-studies/${study.slug}`}
          className="after:absolute after:inset-0 after:content-[''] group-hover:text-brand-700"
        >
          {study.title}
        </Link>
      </Heading>
      <p className="mt-3 flex-1 text-ink-muted">{study.summary}</p>
      <ResultFigures results={study.results} className="mt-6" compact />
    </article>
  );
}
