// /pricing: the service packages (from the CMS) and the ROI calculator on the audit's engine.
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { Container } from '@/components/ui/container';
import { CONTACT_EMAIL } from '@/components/site/navigation';
import { publishedPackages } from '@/server/pricing/packages';
import { api, HydrateClient } from '@/trpc/server';
import { parseState, toRequest } from './_components/calculator-state';
import { formatMoney as money } from '@/domain/format';
import { PackageCard } from './_components/package-card';
import { RoiCalculator } from './_components/roi-calculator';

export const metadata: Metadata = {
  title: 'Pricing and ROI calculator',
  description:
    'Fixed-price automation audits, pilots priced per process and ongoing automation programmes, with a calculator that shows what automating your processes could save.',
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function toParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return params;
}

export default async function PricingPage({ searchParams }: { searchParams: SearchParams }) {
  const [packages, catalogue] = await Promise.all([publishedPackages(), api.roi.catalogue()]);
  const initial = parseState(toParams(await searchParams), catalogue.processes, catalogue.maxWeeklyHoursPerProcess);
  if (initial.processes.length > 0) {
    // The figures of a shared link render with the page; a bad one shows its error client-side.
    await api.roi.calculate.prefetch(toRequest(initial)).catch(() => undefined);
  }
  return (
    <>
      <section className="bg-gradient-to-b from-brand-50 to-white">
        <Container className="flex flex-col gap-4 py-12 sm:py-16">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Pricing</p>
          <h1 className="max-w-3xl text-3xl font-bold tracking-tight text-ink sm:text-5xl">
            Priced up front, measured after go-live
          </h1>
          <p className="max-w-2xl text-lg text-ink-muted">
            Start with an audit, prove the return on one process, then scale. Every engagement has a fixed scope and a
            written estimate before work starts. Prices exclude VAT.
          </p>
        </Container>
      </section>

      <section aria-labelledby="packages-title" className="pb-16">
        <Container>
          <h2 id="packages-title" className="sr-only">
            Service packages
          </h2>
          {packages === null ? (
            <p role="alert" className="rounded-2xl bg-amber-50 p-6 text-amber-900 ring-1 ring-amber-200">
              Our packages cannot be shown right now. Please write to{' '}
              <a className="font-semibold underline" href={`mailto:${CONTACT_EMAIL}`}>
                {CONTACT_EMAIL}
              </a>{' '}
              for current prices.
            </p>
          ) : packages.length === 0 ? (
            <p className="rounded-2xl bg-slate-50 p-6 text-ink-muted ring-1 ring-slate-200">
              We are updating our packages.{' '}
              <Link href="/contact" className="font-semibold text-brand-700 underline">
                Tell us what you need
              </Link>{' '}
              and we will send you a proposal.
            </p>
          ) : (
            <div className="grid gap-6 pt-3 lg:grid-cols-3" data-testid="service-packages">
              {packages.map((pkg) => (
                <PackageCard key={pkg.id} pkg={pkg} />
              ))}
            </div>
          )}
        </Container>
      </section>

      <section
        id="calculator"
        aria-labelledby="calculator-title"
        className="scroll-mt-20 border-t border-slate-200 bg-slate-50 py-16"
      >
        <Container className="flex flex-col gap-8">
          <div className="flex max-w-3xl flex-col gap-3">
            <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">ROI calculator</p>
            <h2 id="calculator-title" className="text-3xl font-bold tracking-tight text-ink">
              What would automation save you?
            </h2>
            <p className="text-ink-muted">
              Pick the processes that take your teams time and how many hours a week they take today. The figures use
              the same model as our AI audit, with a conservative case beside the expected one, because not every
              automation is adopted as planned.
            </p>
          </div>
          <HydrateClient>
            <RoiCalculator
              initial={initial}
              catalogue={catalogue.processes}
              maxHours={catalogue.maxWeeklyHoursPerProcess}
            />
          </HydrateClient>
          <div className="grid gap-6 rounded-2xl bg-white p-6 text-sm text-ink-muted ring-1 ring-slate-200 md:grid-cols-3">
            <div>
              <h3 className="font-semibold text-ink">How we estimate savings</h3>
              <p className="mt-2">
                Hours a week × working weeks × the share of that kind of work automation typically takes over × the
                share of benefits realised after adoption, priced at the loaded hourly cost for your company size.
              </p>
            </div>
            <div>
              <h3 className="font-semibold text-ink">How we estimate cost</h3>
              <p className="mt-2" data-testid="cost-model">
                {catalogue.pricing.package ? (
                  <>
                    The price of our {catalogue.pricing.package} package above:{' '}
                    {catalogue.pricing.baseCost > 0 && `${money(catalogue.pricing.baseCost, catalogue.currency)} plus `}
                    {money(catalogue.pricing.perProcessCost, catalogue.currency)} per process, scaled for company size
                  </>
                ) : (
                  'A base for the platform and integration work plus a fixed amount per process, scaled for company size'
                )}
                ; the conservative case adds a contingency. Maintenance is a yearly share of the implementation. The AI
                audit prices its forecast the same way.
              </p>
            </div>
            <div>
              <h3 className="font-semibold text-ink">What this is not</h3>
              <p className="mt-2">
                A quote. It is a planning estimate from published assumptions. For figures based on how your company
                actually works, take the{' '}
                <Link href="/audit" className="font-semibold text-brand-700 underline">
                  free AI audit
                </Link>
                .
              </p>
            </div>
          </div>
        </Container>
      </section>
    </>
  );
}
