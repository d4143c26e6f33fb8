// The configured file storage: S3-compatible when S3_BUCKET is set, the local disk otherwise.
import 'server-only';
import { env } from '@/env';
import { localStorage } from './local';
import { s3Storage } from './s3';
import type { FileStorage } from './types';

export type { FileStorage } from './types';

let storage: FileStorage | undefined;

export function fileStorage(): FileStorage {
  storage ??= env.S3_BUCKET
    ? s3Storage({
        bucket: env.S3_BUCKET,
        region: env.S3_REGION,
        endpoint: env.S3_ENDPOINT,
        accessKeyId: env.S3_ACCESS_KEY_ID,
        secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      })
    : localStorage(env.FILE_STORAGE_DIR);
  return storage;
}
