// In-process cache of CMS content read on every page view (service packages, consultation
// availability). A CMS change clears its key in the same process; other instances pick it up
// within the time-to-live. No imports on purpose: CMS hooks load it in Payload's CLI too.
export const CMS_MEMO_TTL_MS = 30_000;

export type MemoKey = 'service-packages' | 'consultation-availability';

const entries = new Map<MemoKey, { value: unknown; storedAt: number }>();

export async function memoized<T>(key: MemoKey, load: () => Promise<T>, now = Date.now()): Promise<T> {
  const entry = entries.get(key);
  if (entry && now - entry.storedAt < CMS_MEMO_TTL_MS) return entry.value as T;
  const value = await load();
  entries.set(key, { value, storedAt: now });
  return value;
}

export function invalidateMemo(key: MemoKey): void {
  entries.delete(key);
}
