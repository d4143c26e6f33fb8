'use client';
// Recommendation cards that fill in while a model writes them: progress, a stop control, and
// the finished list replayed from the database once done.
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { PartialRecommendation } from '@/server/ai/generate';
import type { RecommendationsSnapshot } from '@/server/ai/runs';
import { api } from '@/trpc/react';
import { RecommendationCard } from './recommendation-card';

export function LiveRecommendations({ auditId, initial }: { auditId: string; initial: RecommendationsSnapshot }) {
  const [snapshot, setSnapshot] = useState(initial);
  const live = snapshot.status === 'pending' || snapshot.status === 'streaming';
  // Re-enabled after "Write them again": the subscription starts anew.
  api.audit.recommendations.useSubscription({ id: auditId }, { enabled: live, onData: (data) => setSnapshot(data) });
  const stop = api.audit.stopRecommendations.useMutation();
  const restart = api.audit.restartRecommendations.useMutation({
    onSuccess: () => {
      setSnapshot({ status: 'streaming', recommendations: [], modelUsed: null });
    },
  });

  const items = snapshot.recommendations.filter((item): item is PartialRecommendation => !!item?.title);
  return (
    <section aria-labelledby="recommendations-title" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="recommendations-title" className="text-2xl font-bold tracking-tight text-ink">
          Recommendations
        </h2>
        {live && (
          <Button variant="secondary" onClick={() => stop.mutate({ id: auditId })} disabled={stop.isPending}>
            Stop writing
          </Button>
        )}
      </div>
      <p
        role="status"
        aria-live="polite"
        className="text-sm text-ink-muted"
        data-testid="recommendations-status"
        data-status={snapshot.status}
      >
        {live
          ? `Writing your recommendations${items.length ? ` · ${items.length} so far` : '…'}`
          : snapshot.status === 'stopped'
            ? `Stopped after ${items.length} recommendation${items.length === 1 ? '' : 's'}.`
            : `${items.length} recommendations${snapshot.modelUsed ? ` · written by ${describeModel(snapshot.modelUsed)}` : ''}`}
      </p>
      {live && items.length === 0 && (
        <div className="h-40 animate-pulse rounded-2xl bg-white ring-1 ring-slate-200" aria-hidden="true" />
      )}
      {items.map((recommendation, index) => (
        <RecommendationCard
          key={index}
          recommendation={recommendation}
          index={index}
          writing={live && index === items.length - 1}
        />
      ))}
      {snapshot.status === 'stopped' && (
        <Button
          variant="secondary"
          className="w-fit"
          onClick={() => restart.mutate({ id: auditId })}
          disabled={restart.isPending}
        >
          Write them again
        </Button>
      )}
    </section>
  );
}

/** "openai:gpt-4o-mini", "openai-compatible:llama3.1 (fallback from …)": the LLM's name; else the engine. */
function describeModel(modelUsed: string): string {
  const id = modelUsed.split(' ')[0]!;
  if (/^openai(-compatible)?:/.test(id)) return `AI (${id.slice(id.indexOf(':') + 1)})`;
  return 'our recommendation engine';
}
