// Files in an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2...). A custom endpoint uses
// path-style addressing, which every S3-compatible server understands.
import 'server-only';
import type { S3Client } from '@aws-sdk/client-s3';
import type { FileStorage } from './types';

export interface S3Settings {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
}

/** The SDK (about 20 MB) loads with the first file stored or read, not with every process. */
const loadSdk = () => import('@aws-sdk/client-s3');

export function s3Storage(settings: S3Settings): FileStorage {
  let connected: Promise<S3Client> | undefined;
  const connect = () =>
    (connected ??= loadSdk().then(
      ({ S3Client }) =>
        new S3Client({
          region: settings.region,
          endpoint: settings.endpoint,
          forcePathStyle: Boolean(settings.endpoint),
          // Without explicit keys the SDK's default chain applies (env, instance role...).
          credentials:
            settings.accessKeyId && settings.secretAccessKey
              ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
              : undefined,
        }),
    ));
  return {
    name: 's3',
    async put(key, body, contentType) {
      const [client, { PutObjectCommand }] = await Promise.all([connect(), loadSdk()]);
      await client.send(
        new PutObjectCommand({ Bucket: settings.bucket, Key: key, Body: body, ContentType: contentType }),
      );
    },
    async get(key) {
      const [client, { GetObjectCommand, NoSuchKey }] = await Promise.all([connect(), loadSdk()]);
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: key }));
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null;
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
        throw error;
      }
    },
    async delete(key) {
      // S3 answers 204 whether or not the object existed.
      const [client, { DeleteObjectCommand }] = await Promise.all([connect(), loadSdk()]);
      await client.send(new DeleteObjectCommand({ Bucket: settings.bucket, Key: key }));
    },
  };
}
