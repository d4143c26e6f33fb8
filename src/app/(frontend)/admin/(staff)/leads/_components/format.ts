// Wording shared by the lead pages (dates and money come from @/domain/format and StaffTime).
/** "manufacturing" -> "Manufacturing", "retail-ecommerce" -> "Retail ecommerce". */
export const humanise = (slug: string | null) =>
  slug ? slug.charAt(0).toUpperCase() + slug.slice(1).replace(/[-_]/g, ' ') : '–';
