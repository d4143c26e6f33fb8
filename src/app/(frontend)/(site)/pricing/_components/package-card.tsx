// One service package from the CMS: price, who it is for, what is included, call to action.
import { buttonClasses } from '@/components/ui/button';
import { cn } from '@/lib/cn';
import type { ServicePackageView } from '@/server/pricing/packages';
import { formatMoney as money } from '@/domain/format';

export function PackageCard({ pkg }: { pkg: ServicePackageView }) {
  const titleId = `package-${pkg.id}`;
  return (
    <article
      aria-labelledby={titleId}
      className={cn(
        'relative flex flex-col gap-5 rounded-2xl bg-white p-6 sm:p-7',
        pkg.highlighted ? 'ring-2 ring-brand-600 shadow-xl shadow-brand-900/10' : 'ring-1 ring-slate-200',
      )}
    >
      {pkg.highlighted && (
        <p className="absolute -top-3 left-6 rounded-full bg-brand-600 px-3 py-1 text-xs font-semibold text-white">
          Most chosen
        </p>
      )}
      <div className="flex flex-col gap-2">
        <h3 id={titleId} className="text-xl font-bold text-ink">
          {pkg.name}
        </h3>
        <p className="text-ink-muted">{pkg.summary}</p>
      </div>
      <p className="flex flex-wrap items-baseline gap-x-2">
        {pkg.priceType === 'from' && <span className="text-sm font-medium text-ink-subtle">from</span>}
        <span className="text-3xl font-bold tracking-tight text-ink">{money(pkg.price, pkg.currency)}</span>
        {pkg.priceUnit && <span className="text-sm text-ink-subtle">{pkg.priceUnit}</span>}
        <span className="sr-only">, excluding VAT</span>
      </p>
      {pkg.timeline && (
        <p className="-mt-3 text-sm text-ink-subtle">
          Timeline: <span className="font-medium text-ink">{pkg.timeline}</span>
        </p>
      )}
      <div className="rounded-xl bg-slate-50 p-4">
        <p className="text-sm font-semibold text-ink">Who it is for</p>
        <p className="mt-1 text-sm text-ink-muted">{pkg.audience}</p>
      </div>
      <div className="flex-1">
        <p className="text-sm font-semibold text-ink">What is included</p>
        <ul className="mt-3 flex flex-col gap-2.5">
          {pkg.included.map((item) => (
            <li key={item} className="flex items-start gap-2.5 text-sm text-ink">
              <svg
                aria-hidden="true"
                viewBox="0 0 20 20"
                className="mt-0.5 h-4 w-4 flex-none text-accent-600"
                fill="currentColor"
              >
                <path d="M16.7 5.3a1 1 0 010 1.4l-7.5 7.5a1 1 0 01-1.4 0L3.3 9.7a1 1 0 111.4-1.4l3.8 3.8 6.8-6.8a1 1 0 011.4 0z" />
              </svg>
              <span>{item}</span>
            </li>
          ))}
        </ul>
      </div>
      <a href={pkg.ctaHref} className={buttonClasses(pkg.highlighted ? 'primary' : 'secondary', 'lg', 'w-full')}>
        {pkg.ctaLabel}
      </a>
    </article>
  );
}
