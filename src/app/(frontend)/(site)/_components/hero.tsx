// Home hero: the promise and the audit call to action.
import { buttonClasses } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { AUDIT_HREF } from '@/components/site/navigation';
import type { SurfaceContent } from '@/server/experiments/variant-content';

const AUDIT_OUTPUTS = [
  'Maturity score across six dimensions',
  'ROI forecast with honest ranges',
  'A prioritised 90-day roadmap',
];

export const HERO_DEFAULTS = {
  headline: 'Automate the work that slows your business down.',
  subheadline:
    'XTeam.Pro finds the processes worth automating, tells you what they will return, and builds AI automations your teams keep using. It starts with an audit of how you work today.',
  ctaLabel: 'Start your free AI audit',
};

/** `variant`: an experiment's text for this visitor (src/server/experiments), else the defaults. */
export function Hero({ variant }: { variant?: SurfaceContent['home-hero'] }) {
  const headline = variant?.headline ?? HERO_DEFAULTS.headline;
  const subheadline = variant ? variant.subheadline : HERO_DEFAULTS.subheadline;
  return (
    <section
      data-experiment-variant={variant?.variantKey}
      aria-labelledby="hero-title"
      className="relative overflow-hidden bg-gradient-to-b from-brand-50 via-white to-white"
    >
      <div
        aria-hidden="true"
        className="pointer-events-none absolute -right-32 -top-32 h-96 w-96 rounded-full bg-brand-200/40 blur-3xl"
      />
      <Container className="relative grid gap-12 py-16 sm:py-24 lg:grid-cols-[1.15fr_1fr] lg:items-center">
        <div className="flex flex-col gap-6">
          <p className="w-fit rounded-full border border-brand-200 bg-white px-3 py-1 text-sm font-medium text-brand-700">
            AI process audit · about 3 minutes · free
          </p>
          <h1
            id="hero-title"
            className="text-4xl font-bold leading-tight tracking-tight text-ink sm:text-5xl lg:text-6xl"
          >
            {headline}
          </h1>
          {subheadline && <p className="max-w-xl text-lg text-ink-muted">{subheadline}</p>}
          <div className="flex flex-col gap-3 sm:flex-row">
            <a href={AUDIT_HREF} data-cta="start-audit-hero" className={buttonClasses('primary', 'lg')}>
              {variant?.ctaLabel ?? HERO_DEFAULTS.ctaLabel}
            </a>
            <a href="#how-it-works" className={buttonClasses('secondary', 'lg')}>
              See how it works
            </a>
          </div>
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-xl shadow-brand-900/5 sm:p-8">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">What you get back</p>
          <ul className="mt-5 flex flex-col gap-4">
            {AUDIT_OUTPUTS.map((item) => (
              <li key={item} className="flex items-start gap-3 text-ink">
                <svg
                  aria-hidden="true"
                  viewBox="0 0 20 20"
                  className="mt-0.5 h-5 w-5 flex-none text-accent-600"
                  fill="currentColor"
                >
                  <path d="M16.7 5.3a1 1 0 010 1.4l-7.5 7.5a1 1 0 01-1.4 0L3.3 9.7a1 1 0 111.4-1.4l3.8 3.8 6.8-6.8a1 1 0 011.4 0z" />
                </svg>
                <span>{item}</span>
              </li>
            ))}
          </ul>
          <p className="mt-6 border-t border-slate-100 pt-5 text-sm text-ink-muted">
            Scores come from a transparent, weighted model, not from a chatbot&apos;s guess. AI writes the
            recommendations; the numbers stay deterministic.
          </p>
        </div>
      </Container>
    </section>
  );
}
