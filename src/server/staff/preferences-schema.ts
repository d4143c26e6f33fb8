// A staff member's display preferences (time zone and locale), shared by the settings form and
// the server. Empty means "the default" (the browser's, then the team's).
import { z } from 'zod';
import { isLocale, isTimeZone } from '@/domain/format/dates';

/** Cookies a small script in the staff area sets from the browser (Intl's own resolution). */
export const BROWSER_ZONE_COOKIE = 'staff_tz';
export const BROWSER_LOCALE_COOKIE = 'staff_locale';

const orNull = (value: string | null | undefined) => (value ? value : null);

export const datePrefsInput = z.object({
  timeZone: z
    .string()
    .trim()
    .max(64)
    .nullish()
    .transform(orNull)
    .refine((z) => z === null || isTimeZone(z), 'Choose a time zone from the list, such as Europe/Berlin'),
  locale: z
    .string()
    .trim()
    .max(35)
    .nullish()
    .transform(orNull)
    .refine((l) => l === null || isLocale(l), 'Choose a language and region from the list, such as en-GB'),
});
export type DatePrefsInput = z.input<typeof datePrefsInput>;

/** Locales offered in the settings (any valid tag is accepted). */
export const LOCALE_CHOICES: ReadonlyArray<{ tag: string; label: string }> = [
  { tag: 'en-GB', label: 'English (UK): 29 Dec 2026, 15:00' },
  { tag: 'en-US', label: 'English (US): Dec 29, 2026, 03:00 PM' },
  { tag: 'de-DE', label: 'Deutsch: 29. Dez. 2026, 15:00' },
  { tag: 'fr-FR', label: 'Français: 29 déc. 2026, 15:00' },
  { tag: 'nl-NL', label: 'Nederlands: 29 dec 2026, 15:00' },
  { tag: 'es-ES', label: 'Español: 29 dic 2026, 15:00' },
];
