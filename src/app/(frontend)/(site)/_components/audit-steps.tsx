// Home: how the AI process audit works, step by step.
import { Container } from '@/components/ui/container';

const STEPS = [
  {
    title: 'Describe your business',
    body: 'Industry and company size set the benchmarks and cost assumptions we compare you with.',
  },
  {
    title: 'Point at the friction',
    body: 'Pick your pain points, the systems you run and the KPIs you are judged on. Your own words are welcome.',
  },
  {
    title: 'Rate your maturity',
    body: 'A few short questions across process, data, technology, strategy, people and governance.',
  },
  {
    title: 'Get your plan',
    body: 'See your score and ROI forecast, watch the recommendations arrive, and take the PDF report to your team.',
  },
];

export function AuditSteps() {
  return (
    <section id="how-it-works" aria-labelledby="how-title" className="scroll-mt-20 bg-slate-50 py-16 sm:py-24">
      <Container>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">How the audit works</p>
        <h2 id="how-title" className="mt-2 max-w-2xl text-3xl font-bold tracking-tight text-ink sm:text-4xl">
          Four steps, about three minutes, a plan you can act on
        </h2>
        <ol className="mt-10 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {STEPS.map((step, index) => (
            <li key={step.title} className="relative rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
              <span className="text-sm font-semibold text-accent-700">Step {index + 1}</span>
              <h3 className="mt-2 text-lg font-semibold text-ink">{step.title}</h3>
              <p className="mt-2 text-ink-muted">{step.body}</p>
            </li>
          ))}
        </ol>
      </Container>
    </section>
  );
}
