// The render pool's plumbing with a stand-in thread: answers, a thread that crashes, one that
// hangs. The real thread (scripts/render-thread.ts) is tested on the bundle in
// tests/integration/render-thread.test.ts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportModel } from '@/domain/report/model';
import { renderThreadPool, type RenderPool } from './render-thread';

const entry = path.join(mkdtempSync(path.join(tmpdir(), 'render-thread-')), 'stand-in.mjs');
writeFileSync(
  entry,
  `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, report }) => {
  if (report.company === 'crash') process.exit(3);
  if (report.company === 'hang') for (;;) {}
  if (report.company === 'fail') return parentPort.postMessage({ id, error: 'no fonts' });
  parentPort.postMessage({ id, pdf: new TextEncoder().encode('%PDF-' + report.company), pageCount: 7 });
});`,
);
const model = (company: string) => ({ company }) as ReportModel;

let pool: RenderPool;
afterEach(() => pool?.close());

describe('renderThreadPool', () => {
  it('answers each render with its own bytes, several at once', async () => {
    pool = renderThreadPool(entry);
    const [a, b] = await Promise.all([pool.render(model('Alpha')), pool.render(model('Beta'))]);
    expect(a.pdf.toString()).toBe('%PDF-Alpha');
    expect(b).toEqual({ pdf: Buffer.from('%PDF-Beta'), pageCount: 7 });
  });

  it('passes a failed render on as an error', async () => {
    pool = renderThreadPool(entry);
    await expect(pool.render(model('fail'))).rejects.toThrow('report render failed: no fonts');
    expect((await pool.render(model('after'))).pdf.toString()).toBe('%PDF-after');
  });

  it('starts a new thread after one crashed', async () => {
    pool = renderThreadPool(entry);
    await expect(pool.render(model('crash'))).rejects.toThrow('exited with code 3');
    expect((await pool.render(model('after'))).pdf.toString()).toBe('%PDF-after');
  });

  it('gives up on a render that never ends and carries on with a new thread', async () => {
    pool = renderThreadPool(entry, { timeoutMs: 500 });
    await expect(pool.render(model('hang'))).rejects.toThrow('longer than 0.5 s');
    expect((await pool.render(model('after'))).pdf.toString()).toBe('%PDF-after');
  });
});
