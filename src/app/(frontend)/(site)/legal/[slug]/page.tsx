// /legal/[slug]: legal pages kept in the CMS site settings (terms, cookies, imprint...).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RichText } from '@/components/content/rich-text';
import { Container } from '@/components/ui/container';
import { getSiteSettings } from '@/server/content/company';

type Params = Promise<{ slug: string }>;

async function findLegalPage(params: Params) {
  const { slug } = await params;
  const settings = await getSiteSettings();
  return settings.legalPages?.find((page) => page.slug === slug) ?? null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const page = await findLegalPage(params);
  if (!page) return { title: 'Page not found', robots: { index: false } };
  return {
    title: page.title,
    description: page.summary ?? undefined,
    alternates: { canonical: `/legal/${page.slug}` },
  };
}

export default async function LegalPage({ params }: { params: Params }) {
  const page = await findLegalPage(params);
  if (!page) notFound();
  return (
    <Container className="max-w-3xl py-16">
      <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">{page.title}</h1>
      {page.summary && <p className="mt-3 text-lg text-ink-muted">{page.summary}</p>}
      <RichText data={page.content} className="mt-10" />
    </Container>
  );
}
