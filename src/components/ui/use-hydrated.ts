'use client';
// True once React has hydrated in the browser (false on the server and in the first render), so
// controls stay disabled until a click can do something.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
