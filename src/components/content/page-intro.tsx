// The opening block of a listing page: eyebrow, title and lead paragraph.
import type { ReactNode } from 'react';
import { Container } from '@/components/ui/container';

export function PageIntro({ eyebrow, title, children }: { eyebrow: string; title: string; children: ReactNode }) {
  return (
    <section className="border-b border-slate-200 bg-gradient-to-b from-brand-50 to-white">
      <Container className="py-14 sm:py-20">
        <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">{eyebrow}</p>
        <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-ink sm:text-5xl">{title}</h1>
        <div className="mt-5 max-w-2xl text-lg leading-relaxed text-ink-muted">{children}</div>
      </Container>
    </section>
  );
}
