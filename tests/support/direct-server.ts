// A second app server for tests that need the production default TRUSTED_PROXY_HOPS=0 (no
// proxy in front): the same build and database as the app under test, started the way the
// production image starts it (scripts/serve.ts), and requests sent from a loopback address of
// the test's choosing, so the socket address is the one thing the server may believe.
import { request as httpRequest } from 'node:http';
import { startInstance } from './instance';

export interface DirectServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startDirectServer(extraEnv: Record<string, string> = {}): Promise<DirectServer> {
  const instance = await startInstance({ hostname: '127.0.0.1', env: { TRUSTED_PROXY_HOPS: '0', ...extraEnv } });
  return { baseUrl: instance.baseUrl, stop: () => instance.stop() };
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
