// /blog/[slug]: one published article (or, for a signed-in editor in preview, its draft).
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { asMedia, pickSize, CmsImage } from '@/components/content/cms-image';
import { formatDate } from '@/components/content/format';
import { JsonLd } from '@/components/content/json-ld';
import { PreviewBanner } from '@/components/content/preview-banner';
import { RichText } from '@/components/content/rich-text';
import { buttonClasses } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { AUDIT_HREF } from '@/components/site/navigation';
import { findPost } from '@/server/content/posts';
import { isPreviewing } from '@/server/content/preview';
import { absoluteUrl } from '@/server/content/site-url';
import { articleJsonLd } from '@/server/content/structured-data';
import { authorName, categoryNames } from '../_components/post-card';
import { contentMetadata, notFoundMetadata } from '@/server/content/metadata';

type Params = Promise<{ slug: string }>;

async function load(params: Params) {
  const { slug } = await params;
  const preview = await isPreviewing();
  const post = await findPost(slug, { draft: preview });
  return { post, preview };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { post, preview } = await load(params);
  if (!post) return notFoundMetadata('Article not found');
  const cover = asMedia(post.coverImage);
  const author = authorName(post);
  return contentMetadata({
    title: post.seo?.title || post.title,
    description: post.seo?.description || post.excerpt,
    path: `/blog/${post.slug}`,
    image: cover ? { url: pickSize(cover, 'hero').src, alt: cover.alt } : null,
    preview,
    type: 'article',
    article: {
      publishedTime: post.publishedAt,
      modifiedTime: post.updatedAt,
      authors: author ? [author] : [],
      tags: categoryNames(post),
    },
  });
}

export default async function PostPage({ params }: { params: Params }) {
  const { post, preview } = await load(params);
  if (!post) notFound();
  const author = post.author && typeof post.author === 'object' ? post.author : null;
  const cover = asMedia(post.coverImage);

  return (
    <>
      {preview && <PreviewBanner path={`/blog/${post.slug}`} />}
      <JsonLd data={articleJsonLd(post, cover ? absoluteUrl(pickSize(cover, 'hero').src) : null)} />
      <article>
        <header className="bg-gradient-to-b from-brand-50 to-white">
          <Container className="max-w-3xl pb-10 pt-12 sm:pt-16">
            <nav aria-label="Breadcrumb" className="text-sm">
              <Link href="/blog" className="font-medium text-brand-700 hover:underline">
                Blog
              </Link>
              {categoryNames(post).length > 0 && (
                <span className="text-ink-subtle"> / {categoryNames(post).join(' · ')}</span>
              )}
            </nav>
            <h1 className="mt-4 text-3xl font-bold tracking-tight text-ink sm:text-5xl sm:leading-tight">
              {post.title}
            </h1>
            <p className="mt-5 text-xl leading-relaxed text-ink-muted">{post.excerpt}</p>
            <p className="mt-6 text-sm text-ink-subtle">
              {post.publishedAt ? (
                <time dateTime={post.publishedAt}>{formatDate(post.publishedAt)}</time>
              ) : (
                'Not published yet'
              )}
              {author ? (
                <>
                  {' '}
                  · {author.name}, {author.role}
                </>
              ) : null}
            </p>
          </Container>
        </header>
        <Container className="max-w-4xl">
          <CmsImage
            media={post.coverImage}
            size="hero"
            sizes="(min-width: 1024px) 896px, 100vw"
            className="aspect-[16/9] w-full rounded-2xl object-cover shadow-sm"
            priority
          />
        </Container>
        <Container className="max-w-3xl py-12">
          <RichText data={post.content} />
          {author && (
            <aside aria-label="About the author" className="mt-14 flex gap-4 rounded-2xl border border-slate-200 p-6">
              <CmsImage
                media={author.photo}
                size="thumbnail"
                sizes="64px"
                className="h-16 w-16 shrink-0 rounded-full object-cover"
                decorative
              />
              <div>
                <p className="font-semibold text-ink">{author.name}</p>
                <p className="text-sm text-ink-subtle">{author.role}</p>
                <p className="mt-2 text-sm leading-relaxed text-ink-muted">{author.bio}</p>
              </div>
            </aside>
          )}
          <div className="mt-12 rounded-2xl bg-brand-950 p-8 text-white">
            <p className="text-xl font-semibold">Where would automation pay back in your business?</p>
            <p className="mt-2 text-brand-100">
              The free AI process audit scores your processes in about three minutes and forecasts the return.
            </p>
            <a href={AUDIT_HREF} className={buttonClasses('inverse', 'md', 'mt-5')}>
              Start the free audit
            </a>
          </div>
        </Container>
      </article>
    </>
  );
}
