// Formatting shared by the lead pages (UTC, so every member of staff reads the same time).
export const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
export const dateOnly = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
export const money = (value: number | null, currency = 'EUR') =>
  value === null
    ? '–'
    : new Intl.NumberFormat('en-GB', { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
/** "manufacturing" -> "Manufacturing", "retail-ecommerce" -> "Retail ecommerce". */
export const humanise = (slug: string | null) =>
  slug ? slug.charAt(0).toUpperCase() + slug.slice(1).replace(/[-_]/g, ' ') : '–';
