'use client';
// Loads the chart library after the calculator itself, and only once the chart's place comes
// near the viewport (on a phone it is far below the fold).
import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { WhenNearView } from '@/components/ui/when-near-view';

function ChartPlaceholder() {
  return <div className="h-64 w-full animate-pulse rounded-xl bg-slate-100" aria-hidden="true" />;
}

const CashflowChart = dynamic(() => import('./cashflow-chart'), { ssr: false, loading: ChartPlaceholder });

export function CashflowLoader(props: ComponentProps<typeof CashflowChart>) {
  return (
    <WhenNearView placeholder={<ChartPlaceholder />}>
      <CashflowChart {...props} />
    </WhenNearView>
  );
}
