'use client';
// Records that an audit's results page was seen (once per page load).
import { useEffect } from 'react';
import { sendEvent } from '@/lib/track';

export function TrackResultsViewed({ auditId }: { auditId: string }) {
  useEffect(() => {
    sendEvent({ name: 'results_viewed', path: `/audit/results/${auditId}`, auditId });
  }, [auditId]);
  return null;
}
