// GET /api/admin/leads/export.csv?<the list page's filters and sort>: every lead of the filtered
// list as CSV (admin and sales). 401 without a session, 403 for roles without leads, 400 for
// invalid filters, all in the seed's error format.
import { can } from '@/server/auth/roles';
import { getStaffSession } from '@/server/auth/session';
import { AppError } from '@/server/errors';
import { otherMethods, parseBody, restRoute } from '@/server/http/rest';
import { exportFileName, leadCsvStream } from '@/server/leads/export';
import { leadFilters, leadOrder, listRequestOf } from '@/server/leads/schema';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = restRoute(async (request) => {
  const session = await getStaffSession();
  if (!session?.user) throw new AppError('UNAUTHORIZED', 'Sign in to continue');
  if (!can(session.user.role, 'leads')) throw new AppError('FORBIDDEN', 'Your role does not give access to this.');
  const raw = listRequestOf(new URL(request.url).searchParams);
  const filters = parseBody(leadFilters, raw.filters);
  const order = parseBody(leadOrder, raw.order);
  const fileName = exportFileName();
  return new Response(await leadCsvStream(filters, order), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  });
});

export const { PUT, PATCH, DELETE, POST } = otherMethods(['GET']);
