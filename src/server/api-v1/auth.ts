// Bearer authentication of the public API v1: the key, its scope and its own rate limit.
import 'server-only';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { env } from '@/env';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { spendKeyUse, type AuthenticatedKey } from '@/server/integrations/keys';
import type { ApiScope } from '@/server/integrations/scopes';
import { limiter } from '@/server/rate-limit/limiters';

const perKey = limiter('api-key', env.API_KEY_REQUESTS_PER_MINUTE, 60);

export function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match)
    throw new AppError('UNAUTHORIZED', 'Send the key as "Authorization: Bearer <key>"', { reason: 'malformed' });
  return match[1]!;
}

/**
 * The caller's key when the operation needs one (or one was sent anyway), with the scope checked
 * and one point of the key's budget spent. Optional operations answer anonymous callers too.
 */
export async function authenticate(
  db: Db,
  request: Request,
  scope: ApiScope | undefined,
  required: boolean,
): Promise<AuthenticatedKey | null> {
  const token = bearerToken(request);
  if (!token) {
    if (required)
      throw new AppError('UNAUTHORIZED', 'This endpoint needs an integration key', { reason: 'missing_key' });
    return null;
  }
  const key = await spendKeyUse(db, token);
  if (scope && !key.scopes.includes(scope)) {
    throw new AppError('FORBIDDEN', `This key lacks the ${scope} scope`, { reason: 'insufficient_scope', scope });
  }
  try {
    await perKey.consume(key.id);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      throw new AppError('RATE_LIMITED', 'Too many requests with this key. Please slow down.', {
        reason: 'apiKey',
        retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
      });
    }
    throw rejection;
  }
  return key;
}
