'use client';
// The booking flow renders in the browser only: its times are shown in the visitor's time
// zone, which the server cannot know.
import dynamic from 'next/dynamic';
import { LoadingNotice } from '@/components/ui/loading-notice';

export const BookingLoader = dynamic(() => import('./booking-flow').then((module) => module.BookingFlow), {
  ssr: false,
  loading: () => (
    <LoadingNotice className="h-96 rounded-2xl bg-white p-8 ring-1 ring-slate-200">Loading free times…</LoadingNotice>
  ),
});
