// Home: outcomes from client engagements, with the client's own words.
import { Container } from '@/components/ui/container';

const OUTCOMES = [
  {
    figure: '62%',
    label: 'less time on supplier invoice handling',
    quote: 'We stopped retyping invoices into the ERP. The team now spends its time on exceptions, not data entry.',
    who: 'Finance operations lead, mid-sized manufacturer',
  },
  {
    figure: '4.5 months',
    label: 'payback on a claims triage assistant',
    quote: 'The audit told us where to start and what it would return. The numbers held up in production.',
    who: 'Head of claims, regional insurer',
  },
  {
    figure: '3x',
    label: 'faster first response to customer emails',
    quote: 'Routing and drafting replies automatically gave our service desk its mornings back.',
    who: 'Customer service director, logistics company',
  },
];

export function SocialProof() {
  return (
    <section id="results" aria-labelledby="results-title" className="scroll-mt-20 py-16 sm:py-24">
      <Container>
        <h2 id="results-title" className="max-w-2xl text-3xl font-bold tracking-tight text-ink sm:text-4xl">
          Results our clients measure
        </h2>
        <div className="mt-10 grid gap-6 md:grid-cols-3">
          {OUTCOMES.map((outcome) => (
            <figure key={outcome.label} className="flex flex-col rounded-2xl border border-slate-200 p-6">
              <p className="text-4xl font-bold text-brand-700">{outcome.figure}</p>
              <p className="mt-1 font-medium text-ink">{outcome.label}</p>
              <blockquote className="mt-4 flex-1 text-ink-muted">&ldquo;{outcome.quote}&rdquo;</blockquote>
              <figcaption className="mt-4 text-sm text-ink-subtle">{outcome.who}</figcaption>
            </figure>
          ))}
        </div>
      </Container>
    </section>
  );
}
