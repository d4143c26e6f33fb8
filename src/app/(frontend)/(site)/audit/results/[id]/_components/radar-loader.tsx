'use client';
// Loads the chart library only on the results page, after the page itself.
import dynamic from 'next/dynamic';

export const RadarLoader = dynamic(() => import('./radar-chart'), {
  ssr: false,
  loading: () => (
    <div className="h-80 w-full animate-pulse sm:h-[26rem] lg:h-[30rem] rounded-xl bg-slate-100" aria-hidden="true" />
  ),
});
