// /api/health (and /api/live) against the running app, and against a second server whose database is gone.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/free-port';
import { url } from '../support/app';

describe('GET /api/health', () => {
  it('reports the database and the CMS up', async () => {
    const response = await fetch(url('/api/health'));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const report = await response.json();
    expect(report).toMatchObject({ status: 'ok', checks: { database: { status: 'up' }, cms: { status: 'up' } } });
    expect(report.checks.database.latencyMs).toBeGreaterThanOrEqual(0);
    expect(typeof report.uptimeSeconds).toBe('number');
  });

  describe('when the database is unreachable', () => {
    let server: ReturnType<typeof spawn> | undefined;
    afterAll(() => {
      server?.kill('SIGTERM');
    });

    it('answers 503 with the database down', async () => {
      const port = await freePort();
      const deadPort = await freePort(); // nothing listens there
      server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(port)], {
        env: { ...process.env, PORT: String(port), DATABASE_URL: `postgresql://nobody:x@127.0.0.1:${deadPort}/none` },
        stdio: 'ignore',
      });
      let response: Response | undefined;
      for (let attempt = 0; attempt < 120 && !response; attempt++) {
        response = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined);
        if (!response) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(response?.status).toBe(503);
      const report = await response!.json();
      expect(report.status).toBe('down');
      expect(report.checks.database.status).toBe('down');
      expect(JSON.stringify(report)).not.toMatch(/ECONNREFUSED|nobody/);
      // The process itself is alive: a supervisor must not restart it for the database's sake.
      const live = await fetch(`http://127.0.0.1:${port}/api/live`);
      expect(live.status).toBe(200);
      expect(await live.json()).toEqual({ status: 'alive' });
    });
  });
});
