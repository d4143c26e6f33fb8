// POST /api/v1/audit/submit: the seed's handler (/api/audit/submit) behind the v1 key check.
import { v1, v1Others } from '@/server/api-v1/route';
import * as seed from '../../../audit/submit/route';

export const POST = v1('submitAudit', seed.POST);
export const { PUT, PATCH, DELETE, GET, HEAD } = v1Others({
  PUT: seed.PUT,
  PATCH: seed.PATCH,
  DELETE: seed.DELETE,
  GET: seed.GET,
  HEAD: seed.HEAD,
});
