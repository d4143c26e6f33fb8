// GET /api/v1/audit/results/{id}: the seed's handler (/api/audit/results/{id}) behind the v1 key check.
import { v1, v1Others } from '@/server/api-v1/route';
import * as seed from '../../../../audit/results/[id]/route';

export const GET = v1('getAuditResults', seed.GET);
export const { PUT, PATCH, DELETE, POST } = v1Others({
  PUT: seed.PUT,
  PATCH: seed.PATCH,
  DELETE: seed.DELETE,
  POST: seed.POST,
});
