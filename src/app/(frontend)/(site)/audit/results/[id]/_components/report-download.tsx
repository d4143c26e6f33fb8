'use client';
// The PDF report's download link: waits (polling) while the worker renders it, then offers it.
import { buttonClasses } from '@/components/ui/button';
import { cn } from '@/lib/cn';
import { api } from '@/trpc/react';

export function ReportDownload({ auditId, variant = 'primary' }: { auditId: string; variant?: 'primary' | 'inverse' }) {
  const report = api.audit.report.useQuery(
    { id: auditId },
    { refetchInterval: (query) => (query.state.data?.status === 'preparing' ? 2000 : false) },
  );
  const state = report.data;
  if (state?.status === 'unavailable') return null;
  if (state?.status === 'ready') {
    return (
      <a
        href={`/api/audit/results/${auditId}/report`}
        download
        className={buttonClasses(variant, 'lg')}
        data-testid="report-download"
      >
        <DownloadIcon />
        Download PDF report
        <span className="sr-only"> ({state.pageCount} pages)</span>
      </a>
    );
  }
  return (
    <span
      role="status"
      className={cn(buttonClasses(variant, 'lg'), 'cursor-progress opacity-80')}
      data-testid="report-preparing"
    >
      <span
        aria-hidden="true"
        className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent motion-reduce:animate-none"
      />
      {report.isError ? 'Report not available yet' : 'Preparing your PDF report…'}
    </span>
  );
}

function DownloadIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
      <path d="M10 2a1 1 0 0 1 1 1v8.59l2.3-2.3a1 1 0 1 1 1.4 1.42l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.42L9 11.6V3a1 1 0 0 1 1-1ZM4 15a1 1 0 0 1 1 1v1h10v-1a1 1 0 1 1 2 0v2a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1v-2a1 1 0 0 1 1-1Z" />
    </svg>
  );
}
