// Reads a Cookie request header. Pure, shared by the staff-session reader and the analytics
// consent policy. The first cookie of a name wins (the most specific path is sent first).
export function parseCookieHeader(header: string | null | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index < 1) continue;
    const name = part.slice(0, index).trim();
    if (name in cookies) continue;
    const raw = part.slice(index + 1).trim();
    try {
      cookies[name] = decodeURIComponent(raw);
    } catch {
      cookies[name] = raw;
    }
  }
  return cookies;
}

export function readCookie(header: string | null | undefined, name: string): string | null {
  return parseCookieHeader(header)[name] ?? null;
}
