'use client';
// The footer's "Cookie settings": opens the analytics choice again.
import { openConsentSettings } from '@/lib/consent';

export function CookieSettingsButton({ className }: { className?: string }) {
  return (
    <button type="button" onClick={openConsentSettings} className={className}>
      Cookie settings
    </button>
  );
}
