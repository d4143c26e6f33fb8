// The XTeam.Pro mark and word mark in the CMS (Payload's graphics slots): the same drawing as
// the site's logo (src/components/site/logo.tsx), with fixed colours since Tailwind is not here.
const BRAND = '#2645e6';
const ACCENT = '#2dd4bf';

function Mark({ size }: { size: number }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" width={size} height={size}>
      <rect width="32" height="32" rx="8" fill={BRAND} />
      <path d="M9 9l14 14M23 9L9 23" stroke="white" strokeWidth="3.2" strokeLinecap="round" />
      <circle cx="23" cy="9" r="2.6" fill={ACCENT} />
    </svg>
  );
}

/** The small mark in the navigation (Payload's slot is 18 px wide). */
export function BrandIcon() {
  return <Mark size={18} />;
}

/** The word mark on the sign-in and first pages. */
export function BrandLogo() {
  return (
    <span className="xteam-brand-logo" aria-label="XTeam.Pro CMS">
      <Mark size={40} />
      <span aria-hidden="true">
        XTeam<span className="xteam-brand-logo__accent">.Pro</span> <span className="xteam-brand-logo__cms">CMS</span>
      </span>
    </span>
  );
}
