// A post in the blog list: cover, categories, title, excerpt, date and author.
import Link from '@/components/ui/link';
import type { Post } from '@cms/payload-types';
import { CmsImage } from '@/components/content/cms-image';
import { formatDate } from '@/components/content/format';

export function categoryNames(post: Post): string[] {
  return (post.categories ?? []).flatMap((category) => (typeof category === 'object' ? [category.title] : []));
}

export function authorName(post: Post): string | null {
  return post.author && typeof post.author === 'object' ? post.author.name : null;
}

export function PostCard({ post, priority = false }: { post: Post; priority?: boolean }) {
  const author = authorName(post);
  return (
    <article className="group relative flex flex-col overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm transition-shadow hover:shadow-md">
      <CmsImage
        media={post.coverImage}
        size="card"
        sizes="(min-width: 1024px) 370px, (min-width: 640px) 50vw, 100vw"
        className="aspect-[16/9] w-full object-cover"
        priority={priority}
        decorative
      />
      <div className="flex flex-1 flex-col p-6">
        <p className="text-sm font-medium text-brand-700">{categoryNames(post).join(' · ')}</p>
        <h3 className="mt-2 text-xl font-semibold leading-snug text-ink">
          <Link
            href={`/blog/${post.slug}`}
            className="after:absolute after:inset-0 after:content-[''] group-hover:text-brand-700"
          >
            {post.title}
          </Link>
        </h3>
        <p className="mt-3 flex-1 text-ink-muted">{post.excerpt}</p>
        <p className="mt-5 text-sm text-ink-subtle">
          <time dateTime={post.publishedAt ?? undefined}>{formatDate(post.publishedAt)}</time>
          {author ? <> · {author}</> : null}
        </p>
      </div>
    </article>
  );
}
