// Links that filter the blog by category (plain links: shareable, crawlable, no JavaScript).
import Link from '@/components/ui/link';
import type { Category } from '@cms/payload-types';
import { cn } from '@/lib/cn';

export function CategoryFilter({ categories, active }: { categories: Category[]; active?: string }) {
  const items = [{ slug: undefined, title: 'All articles' }, ...categories];
  return (
    <nav aria-label="Blog categories">
      <ul className="flex flex-wrap gap-2">
        {items.map((category) => {
          const current = category.slug === active;
          return (
            <li key={category.slug ?? 'all'}>
              <Link
                href={category.slug ? `/blog?category=${category.slug}` : '/blog'}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  'inline-flex h-10 items-center rounded-full border px-4 text-sm font-medium transition-colors',
                  current
                    ? 'border-brand-600 bg-brand-600 text-white'
                    : 'border-slate-300 bg-white text-ink-muted hover:border-brand-400 hover:text-brand-700',
                )}
              >
                {category.title}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
