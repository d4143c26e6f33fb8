// Staff link settings from configuration (src/env.ts).
import 'server-only';
import { env } from '@/env';

export const inviteTtlMinutes = (): number => env.STAFF_INVITE_TTL_HOURS * 60;
export const resetTtlMinutes = (): number => env.STAFF_RESET_TTL_MINUTES;

/** "72 hours", "60 minutes": how long a link lasts, for the email. */
export function durationInWords(minutes: number): string {
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return `${hours} hour${hours === 1 ? '' : 's'}`;
  }
  return `${minutes} minutes`;
}
