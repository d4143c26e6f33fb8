// Consultation booking helpers over tRPC, as the booking page calls them.
import { fakeClientIp, trpc, uniqueEmail } from './app';

export async function freeSlots(): Promise<Array<{ startsAt: string; endsAt: string }>> {
  const { body } = await trpc('query', 'booking.slots', undefined);
  return body.result.data.json.slots;
}

/** A free slot nobody else in this run is likely to take: random, from the later half. */
export async function someFreeSlot() {
  const slots = await freeSlots();
  const later = slots.slice(Math.floor(slots.length / 2));
  return later[Math.floor(Math.random() * later.length)]!;
}

export function bookingRequest(startsAt: string, patch: Record<string, unknown> = {}) {
  return {
    startsAt,
    name: 'Jonas Weber',
    email: uniqueEmail('booker'),
    company: 'Weber Präzisionsteile',
    timeZone: 'America/New_York',
    ...patch,
  };
}

export function book(input: unknown, headers: Record<string, string> = fakeClientIp()) {
  return trpc('mutation', 'booking.book', input, undefined, headers);
}

export const tokenOf = (manageUrl: string) => manageUrl.split('/').pop()!;
