// /audit/results/[id]: the shareable results of one audit (unguessable link, not indexed,
// no contact details shown).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TRPCError } from '@trpc/server';
import { Container } from '@/components/ui/container';
import type { RecommendationsStatus } from '@/server/ai/runs';
import { TrackResultsViewed } from '@/components/analytics/track-results-viewed';
import { variantContentFor } from '@/server/experiments/variant-content';
import { api } from '@/trpc/server';
import { BookingPrompt } from './_components/booking-prompt';
import { ConfidenceNote } from './_components/confidence-note';
import { DimensionBars } from './_components/dimension-bars';
import { LiveRecommendations } from './_components/live-recommendations';
import { RadarLoader } from './_components/radar-loader';
import { ReportDownload } from './_components/report-download';
import { RoiSummary } from './_components/roi-summary';
import { RoiVerdictNote } from './_components/roi-verdict';

export const metadata: Metadata = { title: 'Your AI process audit results', robots: { index: false, follow: false } };

async function loadResults(id: string) {
  try {
    return await api.audit.results({ id });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST')) notFound();
    throw error;
  }
}

export default async function AuditResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const [{ auditData, analysis, visualData }, variants] = await Promise.all([
    loadResults(id),
    searchParams.then(variantContentFor),
  ]);

  if (!analysis || !visualData) {
    const failed = auditData.status === 'failed';
    return (
      <Container className="max-w-3xl py-16">
        <h1 className="text-3xl font-bold text-ink">
          {failed ? 'We could not score this audit' : 'Your audit is being scored'}
        </h1>
        <p role="status" className="mt-3 text-ink-muted">
          {failed
            ? 'Something went wrong on our side. Please take the audit again; your answers were kept for our team.'
            : 'This takes a few seconds. Reload the page in a moment.'}
        </p>
      </Container>
    );
  }

  return (
    <div className="bg-slate-50">
      <TrackResultsViewed auditId={auditData.id} />
      <Container className="flex max-w-4xl flex-col gap-8 py-10 sm:py-16">
        <section aria-labelledby="score-title" className="rounded-2xl bg-white p-6 ring-1 ring-slate-200 sm:p-8">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
            AI process audit · {auditData.industry}
          </p>
          <h1
            id="score-title"
            className="mt-2 flex flex-wrap items-baseline gap-x-4 text-3xl font-bold tracking-tight text-ink sm:text-4xl"
          >
            <span>
              Maturity score <span className="text-brand-700">{analysis.maturityScore}</span>
              <span className="text-xl text-ink-subtle">/100</span>
            </span>
            <span className="rounded-full bg-brand-50 px-3 py-1 text-base font-semibold text-brand-800">
              {analysis.tier}
            </span>
          </h1>
          {analysis.tierSummary && <p className="mt-3 max-w-2xl text-ink-muted">{analysis.tierSummary}</p>}
          {analysis.confidence && <ConfidenceNote confidence={analysis.confidence} />}
          <div className="mt-5 flex flex-wrap items-center gap-x-4 gap-y-2">
            <ReportDownload auditId={auditData.id} />
            <p className="text-sm text-ink-muted">A copy is emailed to you as well.</p>
          </div>
          <div className="mt-8">
            <h2 className="mb-4 text-lg font-semibold text-ink">By dimension</h2>
            {/* The chart takes the card's width (it was half of it); the bars below repeat its figures as text. */}
            <div className="flex flex-col gap-8">
              <RadarLoader radar={visualData.radar} industry={visualData.benchmark.industry} />
              <DimensionBars radar={visualData.radar} industry={visualData.benchmark.industry} />
            </div>
            <p className="mt-3 text-xs text-ink-subtle">
              Benchmark: {visualData.benchmark.industry},{' '}
              {visualData.benchmark.source === 'completed-audits'
                ? `average of ${visualData.benchmark.sampleSize} completed audits`
                : 'XTeam.Pro reference values'}
              .
            </p>
          </div>
        </section>

        <section aria-labelledby="roi-title" className="rounded-2xl bg-white p-6 ring-1 ring-slate-200 sm:p-8">
          <h2 id="roi-title" className="text-2xl font-bold tracking-tight text-ink">
            ROI forecast
          </h2>
          <p className="mb-4 mt-1 text-ink-muted">For the pain points you named, with honest ranges.</p>
          <RoiVerdictNote roi={analysis.roiForecast} />
          <RoiSummary roi={analysis.roiForecast} />
        </section>

        <LiveRecommendations
          auditId={auditData.id}
          initial={{
            status: analysis.recommendationsStatus as RecommendationsStatus,
            recommendations: analysis.recommendations,
            modelUsed: analysis.modelUsed,
          }}
        />

        <BookingPrompt auditId={auditData.id} variant={variants['booking-prompt']} />
      </Container>
    </div>
  );
}
