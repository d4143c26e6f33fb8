// The long-running launcher behind `npm start` and `npm run dev`: database, migrations, seed,
// optionally a build, then the Next server. Ctrl-C / SIGTERM stop everything it started.
import { ensureBuild } from './build';
import { step } from './log';
import { migrateAndSeed, prepareEnvironment } from './prepare';
import { onShutdown, startServer, stopAllChildren, waitForExit, waitForHttp } from './processes';
import { superviseWorkers } from './worker-supervisor';
import { clearRuntime, writeRuntime } from './runtime-file';

export async function launch(mode: 'start' | 'dev'): Promise<never> {
  const port = process.env.PORT ?? '3000';
  process.env.SITE_URL ??= `http://localhost:${port}`;
  process.env.NEXTAUTH_URL ??= process.env.SITE_URL;

  let database: Awaited<ReturnType<typeof prepareEnvironment>>;
  try {
    database = await prepareEnvironment('persistent');
  } catch (error) {
    // A plain sentence (the data folder's database already runs, a secret is missing), no stack.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const cleanup = async () => {
    await stopAllChildren();
    await database.stop();
    clearRuntime(process.pid);
  };
  onShutdown(async (signal) => {
    step(`${signal}: stopping`);
    await cleanup();
  });
  writeRuntime({ databaseUrl: database.url, pid: process.pid });

  let exitCode = 1;
  try {
    await migrateAndSeed();
    if (mode === 'start') await ensureBuild();
    step(`${mode === 'start' ? 'site' : 'dev server'} starting on ${process.env.SITE_URL}`);
    const server = startServer(mode, { ...process.env, PORT: port, NEXT_TELEMETRY_DISABLED: '1' });
    // Validated (and defaulted) by src/env.ts once the database and secrets are in place.
    const { env } = await import('../../src/env');
    // The workers start once the home page has answered (or after 60 s): on two cores a worker
    // loading beside the server's first render doubles the time to the first page. Queued jobs
    // wait for them in the database meanwhile.
    const firstPage = Date.now();
    await waitForHttp(`http://127.0.0.1:${port}/`, 60_000, server).then(
      () => step(`site serving (home page in ${((Date.now() - firstPage) / 1000).toFixed(1)} s)`),
      (error: unknown) => step(`home page not answered yet (${error instanceof Error ? error.message : error})`),
    );
    if (server.exitCode === null) superviseWorkers(process.env, env.WORKER_CONCURRENCY);
    exitCode = await waitForExit(server);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  } finally {
    await cleanup();
  }
  process.exit(exitCode);
}
