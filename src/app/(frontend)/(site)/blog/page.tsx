// /blog: published articles, newest first, six per page, filterable by category.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageIntro } from '@/components/content/page-intro';
import { Container } from '@/components/ui/container';
import { listCategories, listPosts } from '@/server/content/posts';
import { CategoryFilter } from './_components/category-filter';
import { Pagination, blogHref } from './_components/pagination';
import { PostCard } from './_components/post-card';
import { DEFAULT_SHARE_IMAGE } from '@/server/content/share-image';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function readQuery(searchParams: SearchParams) {
  const params = await searchParams;
  const rawPage = typeof params.page === 'string' ? params.page : '1';
  const page = /^[1-9]\d{0,3}$/.test(rawPage) ? Number(rawPage) : NaN;
  const categorySlug = typeof params.category === 'string' ? params.category : undefined;
  const categories = await listCategories();
  const category = categorySlug ? categories.find((item) => item.slug === categorySlug) : undefined;
  return { page, categorySlug, category, categories };
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { page, category } = await readQuery(searchParams);
  const title = category ? `${category.title} articles` : 'Blog';
  const description =
    category?.description ??
    'Practical articles on AI process automation: choosing what to automate, building the business case, and running AI systems people trust.';
  const canonical = blogHref(Number.isFinite(page) ? page : 1, category?.slug);
  return {
    title,
    description,
    alternates: { canonical, types: { 'application/rss+xml': '/blog/rss.xml' } },
    openGraph: { title, description, url: canonical, type: 'website', images: [DEFAULT_SHARE_IMAGE] },
    twitter: { card: 'summary', title, description },
  };
}

export default async function BlogPage({ searchParams }: { searchParams: SearchParams }) {
  const { page, categorySlug, category, categories } = await readQuery(searchParams);
  if (!Number.isFinite(page) || (categorySlug && !category)) notFound();
  const result = await listPosts({ page, categoryId: category?.id });
  if (page > 1 && page > result.totalPages) notFound();

  return (
    <>
      <PageIntro eyebrow="Blog" title="Notes from automation projects that made it to production">
        <p>
          What we learn measuring processes, forecasting returns and running AI systems with our clients, written for
          the people who have to make automation work.
        </p>
      </PageIntro>
      <Container className="py-12 sm:py-16">
        <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
          <CategoryFilter categories={categories} active={category?.slug} />
          <a href="/blog/rss.xml" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
            RSS feed
          </a>
        </div>
        <h2 className="sr-only">{category ? `${category.title} articles` : 'All articles'}</h2>
        {result.posts.length === 0 ? (
          <p className="mt-12 rounded-2xl border border-dashed border-slate-300 p-10 text-center text-ink-muted">
            No articles here yet. Browse{' '}
            <a href="/blog" className="font-medium text-brand-700 underline">
              all articles
            </a>{' '}
            instead.
          </p>
        ) : (
          <ul className="mt-10 grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
            {result.posts.map((post, index) => (
              <li key={post.id} className="flex">
                <PostCard post={post} priority={index < 3} />
              </li>
            ))}
          </ul>
        )}
        <Pagination page={result.page} totalPages={result.totalPages} category={category?.slug} />
      </Container>
    </>
  );
}
