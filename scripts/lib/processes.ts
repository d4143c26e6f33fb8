// Child processes of the launcher: run-to-completion commands and long-running servers,
// with signals forwarded so Ctrl-C / SIGTERM stop everything and leave nothing behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from './paths';

// Every child still running, so a shutdown can stop them all (not only the server).
const active = new Set<ChildProcess>();

function track(child: ChildProcess): ChildProcess {
  active.add(child);
  child.once('exit', () => active.delete(child));
  return child;
}

let shuttingDown = false;

/** Stops every child; supervised workers are not restarted from now on. */
export async function stopAllChildren(): Promise<void> {
  shuttingDown = true;
  await Promise.all([...active].map((child) => stopChild(child)));
}

/** True once a shutdown began: a child exiting now is not a crash. */
export function isShuttingDown(): boolean {
  return shuttingDown;
}

/** Spawns a child that is stopped with the others. */
export function spawnTracked(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return track(spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' }));
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = track(spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' }));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${[command, ...args].join(' ')} exited with ${signal ?? code}`));
    });
  });
}

/**
 * The command line of a project script (scripts/<name>.ts) run from its ahead-built bundle
 * (scripts/run.mjs, which explains the condition): no loader hooks in the child.
 */
export function scriptArgs(name: string, args: string[] = []): string[] {
  return ['--conditions=production', 'scripts/run.mjs', name, ...args];
}

/** Runs a project script (scripts/<name>.ts) in a child Node process, to its end. */
export function runScript(name: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return run(process.execPath, scriptArgs(name, args), env);
}

/**
 * The web server (scripts/serve.ts: Next behind the listener that resolves client addresses)
 * on env.PORT, as a production build or in dev mode.
 */
export function startServer(mode: 'start' | 'dev', env: NodeJS.ProcessEnv): ChildProcess {
  return track(
    spawn(process.execPath, scriptArgs('serve', mode === 'dev' ? ['--dev'] : []), { cwd: ROOT, env, stdio: 'inherit' }),
  );
}

export function waitForExit(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

/** Stops a child politely, then firmly after a grace period. */
export async function stopChild(child: ChildProcess | undefined, graceMs = 10_000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await waitForExit(child);
  clearTimeout(timer);
}

/** Calls `cleanup` once on SIGINT/SIGTERM/SIGHUP, then exits with the conventional code. */
export function onShutdown(cleanup: (signal: NodeJS.Signals) => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      cleanup(signal)
        .catch((error: unknown) => console.error(error))
        .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
}

export async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before answering`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
