// Home: the closing call to action.
import { buttonClasses } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { AUDIT_HREF, CONTACT_EMAIL } from '@/components/site/navigation';
import type { SurfaceContent } from '@/server/experiments/variant-content';

const DEFAULTS = {
  headline: 'Find out what automation is worth to you',
  subheadline:
    'Tell us how your teams work today. You will get a maturity score, an ROI forecast and a roadmap, whether or not you work with us afterwards.',
  ctaLabel: 'Start your free AI audit',
};

/** `variant`: the "audit call to action" experiment's text for this visitor, else the defaults. */
export function ClosingCta({ variant }: { variant?: SurfaceContent['audit-cta'] }) {
  const subheadline = variant ? variant.subheadline : DEFAULTS.subheadline;
  return (
    <section data-experiment-variant={variant?.variantKey} aria-labelledby="cta-title" className="pb-20">
      <Container>
        <div className="rounded-3xl bg-brand-950 px-6 py-12 text-center sm:px-12">
          <h2 id="cta-title" className="text-3xl font-bold tracking-tight text-white">
            {variant?.headline ?? DEFAULTS.headline}
          </h2>
          {subheadline && <p className="mx-auto mt-3 max-w-xl text-brand-100">{subheadline}</p>}
          <div className="mt-8 flex flex-col items-center justify-center gap-3 sm:flex-row">
            <a href={AUDIT_HREF} data-cta="start-audit-closing" className={buttonClasses('inverse', 'lg')}>
              {variant?.ctaLabel ?? DEFAULTS.ctaLabel}
            </a>
            <a
              href={`mailto:${CONTACT_EMAIL}`}
              className="text-sm font-medium text-brand-100 underline-offset-4 hover:underline"
            >
              or write to {CONTACT_EMAIL}
            </a>
          </div>
        </div>
      </Container>
    </section>
  );
}
