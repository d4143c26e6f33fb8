// First-load JavaScript of a page as a current browser fetches it: the scripts its HTML loads
// (not the `nomodule` polyfills), counted in bytes on the wire (brotli or gzip, as the server
// answers a browser that accepts both). Shared by the perf benchmark and the budget test.
import { request } from 'node:http';

export interface ScriptWeight {
  path: string;
  scripts: number;
  /** Compressed bytes of the scripts, in KB. */
  transferredKb: number;
}

/** Budgets of first-load JavaScript on the wire (KB): the home page, and the other pages. */
export const SCRIPT_BUDGET_KB = { home: 130, other: 170 };

function transferredBytes(url: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve(bytes));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

export async function firstLoadScripts(baseUrl: string, path: string): Promise<ScriptWeight> {
  const html = await (await fetch(`${baseUrl}${path}`)).text();
  const tags = [...html.matchAll(/<script([^>]+)>/g)].map((match) => match[1]!);
  const sources = [
    ...new Set(tags.filter((tag) => !/\bnomodule\b/i.test(tag)).map((tag) => /\bsrc="([^"]+\.js)"/.exec(tag)?.[1])),
  ].filter((source): source is string => Boolean(source));
  let bytes = 0;
  for (const source of sources) bytes += await transferredBytes(new URL(source, baseUrl));
  return { path, scripts: sources.length, transferredKb: Math.round(bytes / 102.4) / 10 };
}

export function scriptBudgetKb(path: string): number {
  return path === '/' ? SCRIPT_BUDGET_KB.home : SCRIPT_BUDGET_KB.other;
}
