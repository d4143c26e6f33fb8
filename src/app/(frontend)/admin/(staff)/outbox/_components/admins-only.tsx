// Shown to signed-in staff who are not admins.
export function AdminsOnly({ what }: { what: string }) {
  return (
    <div className="rounded-2xl bg-white p-8 ring-1 ring-slate-200">
      <h1 className="text-2xl font-bold text-ink">Admins only</h1>
      <p className="mt-2 text-ink-muted">{what} is available to admins. Ask an admin if you need access.</p>
    </div>
  );
}
