// A visitor's acquisition channel from their first touch: utm_source when the link was tagged,
// else the referring site's host, else "direct". Shared by analytics events and leads so the
// dashboard's sources and the lead list's source filter agree.
export interface FirstTouchInput {
  utm?: { source?: string | null; medium?: string | null; campaign?: string | null } | null;
  referrer?: string | null;
  /** Our own host: a referrer from it is an internal navigation, not a source. */
  ownHost?: string;
}

export interface Channel {
  source: string;
  campaign: string | null;
}

const MAX = 200;

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim().toLowerCase();
  return trimmed ? trimmed.slice(0, MAX) : null;
}

function hostOf(referrer: string | null | undefined): string | null {
  if (!referrer) return null;
  try {
    const url = new URL(referrer);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.hostname.replace(/^www\./, '').toLowerCase() || null;
  } catch {
    return null;
  }
}

export function channelOf(input: FirstTouchInput): Channel {
  const campaign = clean(input.utm?.campaign);
  const utmSource = clean(input.utm?.source);
  if (utmSource) return { source: utmSource, campaign };
  const host = hostOf(input.referrer);
  const own = input.ownHost?.replace(/^www\./, '').toLowerCase();
  if (host && host !== own) return { source: host, campaign };
  return { source: 'direct', campaign };
}
