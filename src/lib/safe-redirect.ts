// Only same-site paths are followed after sign-in, never another origin (open redirect).
export function safeCallbackPath(value: string | null | undefined, fallback = '/admin'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
