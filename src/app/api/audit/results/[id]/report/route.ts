// GET /api/audit/results/{id}/report: the audit's PDF report, as a download. Rendered on demand
// when missing; 503 with Retry-After while it is still being prepared.
import { track } from '@/server/analytics/track';
import { auditIdInput } from '@/server/audit/schema';
import { db } from '@/server/db/client';
import { otherMethods, parseBody, restRoute } from '@/server/http/rest';
import { logger } from '@/server/logging/logger';
import { downloadReport } from '@/server/reports/download';
import { fileStorage } from '@/server/storage';

export const runtime = 'nodejs';

export const GET = restRoute<{ params: Promise<{ id: string }> }>(async (request, { params }, requestId) => {
  const { id } = parseBody(auditIdInput, await params);
  const { pdf, fileName } = await downloadReport(db, fileStorage(), id);
  track({ db, headers: request.headers, log: logger.child({ requestId }) }, 'pdf_downloaded', {
    auditId: id,
    path: `/audit/results/${id}`,
  });
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, "'");
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(pdf.length),
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  });
});

export const { PUT, PATCH, DELETE, POST } = otherMethods(['GET']);
