// The words a row of a CMS list is known by (shared by the row labels and publish errors).
const LABEL_FIELDS = ['text', 'title', 'label', 'processType', 'key', 'slug'] as const;

export function rowLabelText(data: Record<string, unknown> | undefined, rowNumber: number): string {
  for (const field of LABEL_FIELDS) {
    const value = data?.[field];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return `New row ${rowNumber + 1}`;
}
