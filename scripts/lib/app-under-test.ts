// A production build served by scripts/serve.ts on a database of its own (embedded, or a scratch
// database on the DATABASE_URL server), for the tests and the benchmarks. Everything it starts
// is stopped afterwards, also on Ctrl-C.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBuild } from './build';
import { freePort } from './free-port';
import { step } from './log';
import { migrateAndSeed, prepareEnvironment } from './prepare';
import { onShutdown, startServer, stopAllChildren, stopChild, waitForHttp } from './processes';
import { superviseWorkers } from './worker-supervisor';

export async function withAppUnderTest(
  serverEnv: Record<string, string>,
  run: (baseUrl: string, env: NodeJS.ProcessEnv) => Promise<void>,
) {
  const database = await prepareEnvironment('ephemeral');
  // Uploads of this run (seeded images, test uploads) go to a folder of its own.
  const mediaDir = mkdtempSync(path.join(tmpdir(), 'xteam-media-'));
  process.env.MEDIA_DIR = mediaDir;
  let server: ReturnType<typeof startServer> | undefined;
  const cleanup = async () => {
    await stopChild(server);
    await stopAllChildren();
    await database.stop();
    rmSync(mediaDir, { recursive: true, force: true });
  };
  onShutdown(cleanup);
  try {
    await migrateAndSeed();
    await ensureBuild();
    const port = await freePort();
    const baseUrl = `http://localhost:${port}`;
    // The resilience test restarts the database under the app: it signals this process.
    const restartable = database.restart?.bind(database);
    if (restartable) {
      process.on('SIGUSR2', () => {
        step('restarting the test database (SIGUSR2)');
        restartable(1500).then(
          () => step('test database back'),
          (error: unknown) => console.error('test database restart failed', error),
        );
      });
    }
    const env = {
      ...process.env,
      ...(restartable ? { XTEAM_TEST_DB_RESTART_PID: String(process.pid) } : {}),
      PORT: String(port),
      SITE_URL: baseUrl,
      NEXTAUTH_URL: baseUrl,
      APP_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: '1',
      LOG_LEVEL: 'warn',
      ...serverEnv,
    };
    server = startServer('start', env);
    // The tests' workers are supervised as npm start's are (a test kills one and sees it back).
    Object.assign(process.env, env);
    const { env: validated } = await import('../../src/env');
    superviseWorkers(env, validated.WORKER_CONCURRENCY);
    await waitForHttp(`${baseUrl}/api/health`, 60_000, server);
    step(`app under test on ${baseUrl}`);
    await run(baseUrl, env);
  } finally {
    await cleanup();
  }
}
