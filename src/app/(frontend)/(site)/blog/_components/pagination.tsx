// Page links of the blog list.
import Link from '@/components/ui/link';
import { cn } from '@/lib/cn';

export function blogHref(page: number, category?: string): string {
  const params = new URLSearchParams();
  if (category) params.set('category', category);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/blog?${query}` : '/blog';
}

const linkClass =
  'inline-flex h-10 min-w-10 items-center justify-center rounded-lg border px-3 text-sm font-medium transition-colors';

export function Pagination({ page, totalPages, category }: { page: number; totalPages: number; category?: string }) {
  if (totalPages <= 1) return null;
  const pages = Array.from({ length: totalPages }, (_, index) => index + 1);
  return (
    <nav aria-label="Blog pages" className="mt-12 flex flex-wrap items-center justify-center gap-2">
      {page > 1 && (
        <Link href={blogHref(page - 1, category)} rel="prev" className={cn(linkClass, 'border-slate-300 text-ink')}>
          Previous<span className="sr-only"> page</span>
        </Link>
      )}
      <ul className="flex gap-2">
        {pages.map((number) => (
          <li key={number}>
            <Link
              href={blogHref(number, category)}
              aria-current={number === page ? 'page' : undefined}
              aria-label={`Page ${number}`}
              className={cn(
                linkClass,
                number === page
                  ? 'border-brand-600 bg-brand-600 text-white'
                  : 'border-slate-300 text-ink hover:border-brand-400 hover:text-brand-700',
              )}
            >
              {number}
            </Link>
          </li>
        ))}
      </ul>
      {page < totalPages && (
        <Link href={blogHref(page + 1, category)} rel="next" className={cn(linkClass, 'border-slate-300 text-ink')}>
          Next<span className="sr-only"> page</span>
        </Link>
      )}
    </nav>
  );
}
