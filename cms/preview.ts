// Where the CMS "Preview" button and the live preview pane open a document: the preview route
// checks the editor's session, switches on draft mode and redirects to the public page. The
// URL is built on the origin the editor is using (validated), so their cookies come along.
import type { PayloadRequest } from 'payload';
import { ownOriginFor } from '../src/server/http/own-origin';

export function previewUrl(path: string, req?: Pick<PayloadRequest, 'headers'>): string {
  return `${ownOriginFor(req?.headers)}/api/preview?path=${encodeURIComponent(path)}`;
}

/** The preview button and the live preview pane of a collection whose pages live under `prefix`. */
export function slugPreview(prefix: string) {
  const url = (doc: Record<string, unknown> | undefined, req?: Pick<PayloadRequest, 'headers'>) =>
    typeof doc?.slug === 'string' && doc.slug ? previewUrl(`${prefix}/${doc.slug}`, req) : null;
  return {
    preview: (doc: Record<string, unknown>, { req }: { req: PayloadRequest }) => url(doc, req),
    livePreview: {
      url: ({ data, req }: { data: Record<string, unknown>; req: PayloadRequest }) => url(data, req) ?? '',
    },
  };
}
