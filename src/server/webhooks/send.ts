// One HTTP POST of a delivery to the address the guard vetted: the connection goes to that
// address (not a second DNS answer), so a host cannot rebind to a private one in between.
import 'server-only';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ResolvedDestination } from './destination';

export interface SendOutcome {
  status: number | null;
  latencyMs: number;
  /** The first 500 characters of the answer. */
  response: string | null;
  error: string | null;
}

const EXCERPT = 500;

export function sendWebhook(
  destination: ResolvedDestination,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<SendOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const pinned: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all)
      (callback as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [
        { address: destination.address, family: destination.family },
      ]);
    else callback(null, destination.address, destination.family);
  };
  const { url } = destination;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: pinned,
        timeout: timeoutMs,
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          if (text.length < EXCERPT) text += chunk;
        });
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? null,
            latencyMs: elapsed(),
            response: text.slice(0, EXCERPT),
            error: null,
          }),
        );
        response.on('error', (error) =>
          resolve({
            status: response.statusCode ?? null,
            latencyMs: elapsed(),
            response: text.slice(0, EXCERPT),
            error: error.message,
          }),
        );
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', (error) =>
      resolve({ status: null, latencyMs: elapsed(), response: null, error: error.message.slice(0, EXCERPT) }),
    );
    request.end(body);
  });
}
