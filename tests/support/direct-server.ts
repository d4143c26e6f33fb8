// A second app server for tests that need the production default TRUSTED_PROXY_HOPS=0 (no
// proxy in front): the same build and database as the app under test, started the way the
// production image starts it (scripts/serve.ts), and requests sent from a loopback address of
// the test's choosing, so the socket address is the one thing the server may believe.
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface DirectServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startDirectServer(extraEnv: Record<string, string> = {}): Promise<DirectServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['--import', './scripts/register.mjs', 'scripts/serve.ts'], {
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', TRUSTED_PROXY_HOPS: '0', ...extraEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`direct server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('direct server did not start within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** An HTTP request whose socket leaves from `localAddress` (any 127.x.y.z on Linux). */
export function requestFrom(
  localAddress: string,
  target: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      target,
      { method: options.method ?? 'GET', headers: options.headers, localAddress, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

/** A loopback address no other test uses. */
export function randomLoopback(): string {
  const octet = () => 2 + Math.floor(Math.random() * 250);
  return `127.${octet()}.${octet()}.${octet()}`;
}
