// Both storages against the real thing they talk to: the disk, and an S3-compatible HTTP
// endpoint (a minimal in-test server speaking the S3 REST API, path-style).
import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localStorage } from './local';
import { s3Storage } from './s3';

describe('local storage', () => {
  const storage = localStorage(mkdtempSync(path.join(tmpdir(), 'storage-')));

  it('stores and reads files by key, null when missing', async () => {
    await storage.put('reports/a.pdf', Buffer.from('%PDF-1.4 a'), 'application/pdf');
    expect((await storage.get('reports/a.pdf'))?.toString()).toBe('%PDF-1.4 a');
    await storage.put('reports/a.pdf', Buffer.from('%PDF-1.4 b'), 'application/pdf');
    expect((await storage.get('reports/a.pdf'))?.toString()).toBe('%PDF-1.4 b');
    expect(await storage.get('reports/missing.pdf')).toBeNull();
  });

  it('deletes files by key, and a missing one quietly', async () => {
    await storage.put('reports/gone.pdf', Buffer.from('%PDF-1.4 c'), 'application/pdf');
    await storage.delete('reports/gone.pdf');
    expect(await storage.get('reports/gone.pdf')).toBeNull();
    await expect(storage.delete('reports/gone.pdf')).resolves.toBeUndefined();
  });

  it('refuses keys that leave its folder', async () => {
    await expect(storage.put('../escape.pdf', Buffer.from('x'), 'application/pdf')).rejects.toThrow(/outside the root/);
  });
});

describe('S3-compatible storage', () => {
  const objects = new Map<string, { body: Buffer; type: string }>();
  const seen: Array<{ method: string; url: string; authorization: string }> = [];
  let server: Server;
  let endpoint: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const key = decodeURIComponent(new URL(request.url!, 'http://x').pathname);
        seen.push({ method: request.method!, url: key, authorization: String(request.headers.authorization) });
        if (request.method === 'PUT') {
          objects.set(key, { body: Buffer.concat(chunks), type: String(request.headers['content-type']) });
          response.writeHead(200, { ETag: '"etag"' }).end();
        } else if (objects.has(key)) {
          const object = objects.get(key)!;
          response
            .writeHead(200, { 'Content-Type': object.type, 'Content-Length': object.body.length })
            .end(object.body);
        } else {
          response
            .writeHead(404, { 'Content-Type': 'application/xml' })
            .end('<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>missing</Message></Error>');
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('puts and gets objects path-style with signed requests, null for a missing key', async () => {
    const storage = s3Storage({
      bucket: 'xteam-reports',
      region: 'eu-central-1',
      endpoint,
      accessKeyId: 'AKIATEST',
      secretAccessKey: 'secret',
    });
    await storage.put('reports/b.pdf', Buffer.from('%PDF-1.7 b'), 'application/pdf');
    expect(objects.get('/xteam-reports/reports/b.pdf')).toEqual({
      body: Buffer.from('%PDF-1.7 b'),
      type: 'application/pdf',
    });
    expect((await storage.get('reports/b.pdf'))?.toString()).toBe('%PDF-1.7 b');
    expect(await storage.get('reports/none.pdf')).toBeNull();
    expect(seen[0]!.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIATEST\/\d{8}\/eu-central-1\/s3\/aws4_request/,
    );
  });
});
