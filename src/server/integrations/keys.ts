// Integration keys: created, rotated and revoked by admins; shown once, stored as SHA-256
// (a key is 256 random bits, so a slow hash adds nothing). Every use is counted and dated.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import type { ApiScope } from './scopes';

const KEY_PREFIX = 'xtp_';

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function newKey(): { key: string; prefix: string; keyHash: string } {
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, 12), keyHash: hashKey(key) };
}

const LIST_FIELDS = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdBy: true,
  createdAt: true,
  rotatedAt: true,
  revokedAt: true,
  lastUsedAt: true,
  useCount: true,
} as const;

export function listKeys(db: Db) {
  return db.integrationKey.findMany({ select: LIST_FIELDS, orderBy: [{ revokedAt: 'desc' }, { createdAt: 'desc' }] });
}

/** Returns the key itself once; only its hash is kept. */
export async function createKey(db: Db, input: { name: string; scopes: ApiScope[] }, createdBy: string | null) {
  const { key, prefix, keyHash } = newKey();
  const row = await db.integrationKey.create({
    data: { name: input.name, scopes: input.scopes, prefix, keyHash, createdBy },
    select: LIST_FIELDS,
  });
  return { ...row, key };
}

/** A new secret for the same key (name, scopes, counters kept); the old one stops at once. */
export async function rotateKey(db: Db, id: string) {
  const { key, prefix, keyHash } = newKey();
  const updated = await db.integrationKey.updateMany({
    where: { id, revokedAt: null },
    data: { prefix, keyHash, rotatedAt: new Date() },
  });
  if (updated.count === 0) throw new AppError('NOT_FOUND', 'No active key with this id', { field: 'id' });
  return { id, prefix, key };
}

export async function revokeKey(db: Db, id: string) {
  const updated = await db.integrationKey.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (updated.count === 0) throw new AppError('NOT_FOUND', 'No active key with this id', { field: 'id' });
  return { id, revoked: true };
}

export interface AuthenticatedKey {
  id: string;
  name: string;
  scopes: ApiScope[];
}

/**
 * The key of an `Authorization: Bearer` header, counted as used; 401 when unknown or revoked.
 * One UPDATE both checks and counts, so a revoked key is never counted.
 */
export async function spendKeyUse(db: Db, key: string): Promise<AuthenticatedKey> {
  const rows = await db.$queryRaw<Array<{ id: string; name: string; scopes: string[] }>>`
    UPDATE integration_keys SET use_count = use_count + 1, last_used_at = now()
    WHERE key_hash = ${hashKey(key)} AND revoked_at IS NULL
    RETURNING id, name, scopes`;
  const row = rows[0];
  if (!row) throw new AppError('UNAUTHORIZED', 'Unknown or revoked API key', { reason: 'invalid_key' });
  return { id: row.id, name: row.name, scopes: row.scopes as ApiScope[] };
}
