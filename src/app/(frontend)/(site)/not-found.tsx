// The helpful 404: says what happened and offers the likeliest ways on, including the
// latest articles (when the content is reachable).
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { listRecentPosts } from '@/server/content/posts';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

const WAYS_ON = [
  {
    href: '/audit',
    label: 'Take the free AI process audit',
    hint: 'Find what to automate first, in about three minutes.',
  },
  { href: '/solutions', label: 'Solutions by industry', hint: 'Typical problems and the automations that fix them.' },
  { href: '/case-studies', label: 'Case studies', hint: 'Measured results from client projects.' },
  { href: '/blog', label: 'Blog', hint: 'Practical articles on AI automation.' },
];

async function latestPosts() {
  try {
    return (await listRecentPosts(3)).slice(0, 3);
  } catch {
    return [];
  }
}

export default async function NotFound() {
  const posts = await latestPosts();
  return (
    <Container className="max-w-3xl py-16 sm:py-24">
      <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">Error 404</p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-ink sm:text-4xl">We could not find that page</h1>
      <p className="mt-4 text-lg text-ink-muted">
        The address may be mistyped, or the page may have moved or been unpublished. One of these should get you where
        you were going.
      </p>
      <ul className="mt-10 grid gap-4 sm:grid-cols-2">
        {WAYS_ON.map((way) => (
          <li key={way.href}>
            <Link
              href={way.href}
              className="block h-full rounded-2xl border border-slate-200 p-5 transition-colors hover:border-brand-400"
            >
              <span className="font-semibold text-ink">{way.label}</span>
              <span className="mt-1 block text-sm text-ink-muted">{way.hint}</span>
            </Link>
          </li>
        ))}
      </ul>
      {posts.length > 0 && (
        <section aria-labelledby="latest-title" className="mt-12">
          <h2 id="latest-title" className="text-lg font-semibold text-ink">
            Latest articles
          </h2>
          <ul className="mt-3 flex flex-col gap-2">
            {posts.map((post) => (
              <li key={post.id}>
                <Link href={`/blog/${post.slug}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {post.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ButtonLink href="/" variant="secondary" className="mt-12">
        Back to the home page
      </ButtonLink>
    </Container>
  );
}
