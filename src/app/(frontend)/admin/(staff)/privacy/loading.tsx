// Shown while the request log loads.
export default function Loading() {
  return (
    <p
      role="status"
      aria-label="Loading privacy requests"
      className="h-64 animate-pulse rounded-2xl bg-white ring-1 ring-slate-200"
    />
  );
}
