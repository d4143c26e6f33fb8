// The OpenAPI document is generated from the zod schemas; a maintained linter (Redocly's
// recommended rules) must find nothing in it, not even a warning.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi';
import { API_OPERATIONS, API_PREFIX } from './operations';

const run = promisify(execFile);
const REDOCLY = path.resolve(import.meta.dirname, '../../../node_modules/.bin/redocly');
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'openapi-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the OpenAPI document', () => {
  const document = buildOpenApiDocument('https://xteam.pro');

  it('has every operation of the registry under /api/v1, with its request schema', () => {
    for (const op of API_OPERATIONS) {
      const entry = (document.paths[`${API_PREFIX}${op.path}`] as Record<string, { operationId: string }>)[op.method];
      expect(entry?.operationId).toBe(op.operationId);
    }
    const submit = document.paths['/api/v1/audit/submit']!.post as {
      requestBody: { content: { 'application/json': { schema: { required: string[] } } } };
    };
    // Read from the shared schema, not written again: the seed's required fields are there.
    expect(submit.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['industry', 'companySize', 'painPoints', 'currentSystems', 'kpis', 'contactInfo']),
    );
  });

  it('lints clean with @redocly/cli (recommended rules, warnings included)', { timeout: 120_000 }, async () => {
    const file = path.join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(document, null, 2));
    const { stdout } = await run(REDOCLY, ['lint', file, '--format=json'], {
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).catch((error: { stdout: string; stderr: string }) => {
      throw new Error(`redocly lint failed:\n${error.stdout}\n${error.stderr}`);
    });
    const report = JSON.parse(stdout) as { totals: { errors: number; warnings: number }; problems: unknown[] };
    expect(report.problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });
});
