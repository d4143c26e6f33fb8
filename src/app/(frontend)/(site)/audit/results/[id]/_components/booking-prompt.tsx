// Results page: the prompt to book a consultation (an experiment surface, "booking-prompt").
import { buttonClasses } from '@/components/ui/button';
import { CONSULTATION_HREF } from '@/components/site/navigation';
import type { SurfaceContent } from '@/server/experiments/variant-content';

const DEFAULTS = {
  headline: 'Next step: a 30-minute review of your results',
  subheadline:
    'An automation lead walks through your score and roadmap with you, and tells you honestly where to start.',
  ctaLabel: 'Book a consultation',
};

export function BookingPrompt({ auditId, variant }: { auditId: string; variant?: SurfaceContent['booking-prompt'] }) {
  const subheadline = variant ? variant.subheadline : DEFAULTS.subheadline;
  return (
    <section
      data-experiment-variant={variant?.variantKey}
      aria-labelledby="next-title"
      className="rounded-2xl bg-brand-950 p-6 text-white sm:p-8"
    >
      <h2 id="next-title" className="text-2xl font-bold">
        {variant?.headline ?? DEFAULTS.headline}
      </h2>
      {subheadline && <p className="mt-2 text-brand-100">{subheadline}</p>}
      <a
        href={`${CONSULTATION_HREF}?audit=${auditId}`}
        data-cta="book-consultation-results"
        className={buttonClasses('inverse', 'lg', 'mt-5')}
      >
        {variant?.ctaLabel ?? DEFAULTS.ctaLabel}
      </a>
    </section>
  );
}
