// Shown while a new range is computed.
export default function AnalyticsLoading() {
  return (
    <div className="flex flex-col gap-6" aria-busy="true">
      <h1 className="text-3xl font-bold tracking-tight text-ink">Analytics</h1>
      <p role="status" className="text-ink-muted">
        Loading the figures…
      </p>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4" aria-hidden="true">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-24 animate-pulse rounded-2xl bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
