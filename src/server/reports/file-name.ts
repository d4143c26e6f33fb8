// The download name of a report; pure, so the route, the email and tests agree.
/** A readable download name, e.g. "XTeam.Pro AI audit - Acme GmbH - 2026-11-25.pdf". */
export function reportFileName(company: string | null, date: Date): string {
  const day = date.toISOString().slice(0, 10);
  const safe = (company ?? '')
    .replace(/[^\p{L}\p{N} .,&()-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return safe ? `XTeam.Pro AI audit - ${safe} - ${day}.pdf` : `XTeam.Pro AI audit - ${day}.pdf`;
}
