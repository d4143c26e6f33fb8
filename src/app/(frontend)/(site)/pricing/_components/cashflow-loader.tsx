'use client';
// Loads the chart library after the calculator itself.
import dynamic from 'next/dynamic';

export const CashflowLoader = dynamic(() => import('./cashflow-chart'), {
  ssr: false,
  loading: () => <div className="h-64 w-full animate-pulse rounded-xl bg-slate-100" aria-hidden="true" />,
});
