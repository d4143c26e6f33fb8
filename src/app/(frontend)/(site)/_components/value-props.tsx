// Home: why XTeam.Pro, in three promises.
import { Container } from '@/components/ui/container';

const PROPS = [
  {
    title: 'Find what is worth automating',
    body: 'We map where time, errors and waiting pile up across your processes and systems, and rank the candidates by value and effort.',
  },
  {
    title: 'Know the return before you invest',
    body: 'Every recommendation comes with hours saved, cost, payback and a conservative range, with the assumptions written down.',
  },
  {
    title: 'Ship automations that last',
    body: 'We integrate with the ERP, CRM and spreadsheets you already run, measure the KPIs you care about, and train the people who own them.',
  },
];

export function ValueProps() {
  return (
    <section id="services" aria-labelledby="services-title" className="scroll-mt-20 py-16 sm:py-24">
      <Container>
        <h2 id="services-title" className="max-w-2xl text-3xl font-bold tracking-tight text-ink sm:text-4xl">
          From the first audit to automations in production
        </h2>
        <div className="mt-10 grid gap-6 md:grid-cols-3">
          {PROPS.map((prop, index) => (
            <article
              key={prop.title}
              className="rounded-2xl border border-slate-200 p-6 transition-shadow hover:shadow-md"
            >
              <span
                aria-hidden="true"
                className="flex h-10 w-10 items-center justify-center rounded-lg bg-brand-50 font-bold text-brand-700"
              >
                {index + 1}
              </span>
              <h3 className="mt-4 text-lg font-semibold text-ink">{prop.title}</h3>
              <p className="mt-2 text-ink-muted">{prop.body}</p>
            </article>
          ))}
        </div>
      </Container>
    </section>
  );
}
