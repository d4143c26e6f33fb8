'use client';
// Rendered in the browser only: times are shown in the visitor's time zone.
import dynamic from 'next/dynamic';

export const ManageLoader = dynamic(() => import('./manage-booking').then((module) => module.ManageBooking), {
  ssr: false,
  loading: () => <p role="status" className="h-48 animate-pulse rounded-2xl bg-white ring-1 ring-slate-200" />,
});
