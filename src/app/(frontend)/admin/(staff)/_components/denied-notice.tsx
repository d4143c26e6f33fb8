// Shown on the page a role was sent to after asking for one it cannot open (?denied=...).
export function DeniedNotice({ denied }: { denied: unknown }) {
  if (!denied) return null;
  return (
    <p role="alert" className="rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200">
      Your role does not open that page. Ask an admin if you need it.
    </p>
  );
}
