// NextAuth refuses a request outright (a 500) when its callback-url cookie or `callbackUrl`
// query parameter is not an http(s) URL (e.g. `http://a:b`), before any of our code can run,
// on its own routes and wherever a page reads the session. The proxy drops such a cookie and
// answers such a parameter with a 400 instead. Same test as NextAuth's own (core/lib/assert).

export const CALLBACK_COOKIES = ['next-auth.callback-url', '__Secure-next-auth.callback-url'];

export function isUsableCallbackUrl(value: string, base: string): boolean {
  try {
    return /^https?:/.test(new URL(value, value.startsWith('/') ? base : undefined).protocol);
  } catch {
    return false;
  }
}

/** The callback-url cookies NextAuth would choke on; `read` gives a cookie's decoded value. */
export function unusableCallbackCookies(read: (name: string) => string | undefined, base: string): string[] {
  return CALLBACK_COOKIES.filter((name) => {
    const value = read(name);
    return value !== undefined && !isUsableCallbackUrl(value, base);
  });
}
