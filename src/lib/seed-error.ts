// Reads the seed's error object that tRPC errors carry in `data.error` (see server/api/trpc.ts),
// for forms that show field errors next to their inputs.
export interface SeedError {
  code: string;
  message: string;
  fieldErrors: Record<string, string>;
}

interface SeedErrorShape {
  code?: string;
  message?: string;
  details?: { field?: string; reason?: string; issues?: Array<{ field: string; reason: string }> };
}

export function seedErrorOf(error: unknown): SeedError | null {
  if (!error) return null;
  const seed = (error as { data?: { error?: SeedErrorShape } | null }).data?.error;
  const message = seed?.message ?? 'Something went wrong. Please check your connection and try again.';
  const fieldErrors: Record<string, string> = {};
  for (const issue of seed?.details?.issues ?? []) fieldErrors[issue.field] ??= issue.reason;
  if (seed?.details?.field && !fieldErrors[seed.details.field])
    fieldErrors[seed.details.field] = seed.details.reason ?? message;
  return { code: seed?.code ?? 'NETWORK_ERROR', message, fieldErrors };
}
