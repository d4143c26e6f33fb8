// Where the CMS "Preview" button opens a document: the preview route checks the editor's
// session, switches on draft mode and redirects to the public page.
export function previewUrl(path: string): string {
  return `/api/preview?path=${encodeURIComponent(path)}`;
}

export function slugPreview(prefix: string) {
  return (doc: Record<string, unknown>) =>
    typeof doc.slug === 'string' && doc.slug ? previewUrl(`${prefix}/${doc.slug}`) : null;
}
