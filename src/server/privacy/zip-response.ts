// The export archive as an HTTP download.
import 'server-only';

export function zipResponse(archive: Uint8Array, fileName: string): Response {
  return new Response(new Uint8Array(archive), {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Length': String(archive.byteLength),
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  });
}
