// Another app instance for multi-instance and client-address tests: the suite's build started
// the way `npm start` and the production image start it (scripts/serve.ts: Next behind the
// listener that resolves client addresses), with the suite's environment (same database, same
// secrets, same public URL) on a port of its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../../scripts/lib/free-port';

export interface Instance {
  baseUrl: string;
  process: ChildProcess;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

export interface InstanceOptions {
  /** Variables on top of the suite's (e.g. TRUSTED_PROXY_HOPS). */
  env?: Record<string, string>;
  /** Listen on this address only; the base URL uses it too. Default: localhost. */
  hostname?: string;
  timeoutMs?: number;
}

export async function startInstance({
  env = {},
  hostname,
  timeoutMs = 60_000,
}: InstanceOptions = {}): Promise<Instance> {
  const port = await freePort();
  const baseUrl = `http://${hostname ?? 'localhost'}:${port}`;
  const child = spawn(process.execPath, ['--conditions=production', 'scripts/run.mjs', 'serve'], {
    env: { ...process.env, PORT: String(port), ...(hostname ? { HOSTNAME: hostname } : {}), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  };
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`instance on ${port} exited with ${child.exitCode}`);
    const healthy = await fetch(`${baseUrl}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) return { baseUrl, process: child, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop('SIGKILL');
  throw new Error(`instance on ${port} not healthy within ${timeoutMs} ms`);
}

/** A tRPC call over HTTP to one instance (the browser client's superjson envelope). */
export async function trpcAt(
  baseUrl: string,
  kind: 'query' | 'mutation',
  procedure: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  const payload = JSON.stringify({ json: input });
  const response =
    kind === 'query'
      ? await fetch(`${baseUrl}/api/trpc/${procedure}?input=${encodeURIComponent(payload)}`, { headers })
      : await fetch(`${baseUrl}/api/trpc/${procedure}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: payload,
        });
  return { status: response.status, body: await response.json() };
}

export interface Snapshot {
  status: string;
  recommendations: Array<{ title?: string; [key: string]: unknown }>;
  modelUsed: string | null;
}

/**
 * Opens the results page's subscription on one instance; `onSnapshot` sees every snapshot as it
 * arrives. Resolves with all of them when the run ends.
 */
export async function followRecommendations(
  baseUrl: string,
  auditId: string,
  onSnapshot: (snapshot: Snapshot) => void = () => {},
  timeoutMs = 60_000,
): Promise<Snapshot[]> {
  const input = encodeURIComponent(JSON.stringify({ json: { id: auditId } }));
  const response = await fetch(`${baseUrl}/api/trpc/audit.recommendations?input=${input}`, {
    headers: { accept: 'text/event-stream' },
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok || !response.headers.get('content-type')?.includes('text/event-stream'))
    throw new Error(`not an event stream: ${response.status}`);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const snapshots: Snapshot[] = [];
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return snapshots;
    buffer += value;
    const events = buffer.split('\n\n');
    buffer = events.pop()!;
    for (const event of events) {
      const data = event.split('\n').find((line) => line.startsWith('data: '));
      if (!data) continue;
      const parsed = JSON.parse(data.slice(6));
      const snapshot = (parsed.json?.data ?? parsed.json) as Snapshot | undefined;
      if (!snapshot?.status) continue;
      snapshots.push(snapshot);
      onSnapshot(snapshot);
      if (snapshot.status !== 'streaming' && snapshot.status !== 'pending') {
        await reader.cancel();
        return snapshots;
      }
    }
  }
}
