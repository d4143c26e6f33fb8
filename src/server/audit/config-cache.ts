// In-process cache of the audit configuration in force. Publishing in the CMS clears it
// (same process); other instances pick the change up within the time-to-live.
// No imports on purpose: the CMS hook that clears it also loads in Payload's CLI.
export const CONFIG_CACHE_TTL_MS = 30_000;

interface Entry<T> {
  value: T;
  storedAt: number;
}

let entry: Entry<unknown> | null = null;

export function readCachedConfig<T>(now = Date.now()): T | null {
  return entry && now - entry.storedAt < CONFIG_CACHE_TTL_MS ? (entry.value as T) : null;
}

export function storeCachedConfig<T>(value: T, now = Date.now()): void {
  entry = { value, storedAt: now };
}

export function invalidateAuditConfigCache(): void {
  entry = null;
}
