'use client';
// The consent cookie as React state (useSyncExternalStore): null until the browser has read it.
import { useSyncExternalStore } from 'react';
import type { ConsentChoice } from '@/domain/analytics/cookies';
import { onConsentChange, readConsent } from '@/lib/consent';

export type ConsentState = ConsentChoice | 'unset' | null;

export function useConsent(): ConsentState {
  return useSyncExternalStore<ConsentState>(
    onConsentChange,
    () => readConsent() ?? 'unset',
    () => null,
  );
}
