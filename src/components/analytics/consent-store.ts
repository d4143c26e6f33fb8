'use client';
// The consent cookie as React state (useSyncExternalStore). The server renders with the choice
// it read from the request (`initial`), so the first paint already matches the browser.
import { useSyncExternalStore } from 'react';
import type { ConsentChoice } from '@/domain/analytics/cookies';
import { onConsentChange, readConsent } from '@/lib/consent';

export type ConsentState = ConsentChoice | 'unset' | null;

export function useConsent(initial: ConsentState = null): ConsentState {
  return useSyncExternalStore<ConsentState>(
    onConsentChange,
    () => readConsent() ?? 'unset',
    () => initial,
  );
}
