// The XTeam.Pro word mark.
import Link from '@/components/ui/link';

export function Logo() {
  return (
    <Link
      href="/"
      className="flex items-center gap-2 rounded-md text-lg font-bold tracking-tight text-ink"
      aria-label="XTeam.Pro home"
    >
      <svg aria-hidden="true" viewBox="0 0 32 32" className="h-8 w-8">
        <rect width="32" height="32" rx="8" className="fill-brand-600" />
        <path d="M9 9l14 14M23 9L9 23" stroke="white" strokeWidth="3.2" strokeLinecap="round" />
        <circle cx="23" cy="9" r="2.6" className="fill-accent-400" />
      </svg>
      <span>
        XTeam<span className="text-brand-600">.Pro</span>
      </span>
    </Link>
  );
}
