// POST /api/v1/contact/submit: the seed's handler (/api/contact/submit) with the v1 headers.
import { v1, v1Others } from '@/server/api-v1/route';
import * as seed from '../../../contact/submit/route';

export const POST = v1('submitContact', seed.POST);
export const { PUT, PATCH, DELETE, GET, HEAD } = v1Others({
  PUT: seed.PUT,
  PATCH: seed.PATCH,
  DELETE: seed.DELETE,
  GET: seed.GET,
  HEAD: seed.HEAD,
});
