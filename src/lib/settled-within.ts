// Waiting for a promise a bounded time without abandoning it: the caller answers with what it
// has while the work goes on (a cached page still rendering, an LLM still writing).

/** The promise's value if it settles within `ms`, else null (the promise goes on). */
export async function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
