'use client';
// Loads recharts in the browser only, after the figures and tables are on screen.
import dynamic from 'next/dynamic';

const placeholder = () => <div className="h-64 w-full animate-pulse rounded-xl bg-slate-100" aria-hidden="true" />;

export const AuditsOverTimeChart = dynamic(() => import('./charts').then((m) => m.AuditsOverTimeChart), {
  ssr: false,
  loading: placeholder,
});

export const HorizontalBars = dynamic(() => import('./charts').then((m) => m.HorizontalBars), {
  ssr: false,
  loading: placeholder,
});
