// Throughput of pages and APIs beside the two baselines of the same server (a build asset and a
// bare route handler), first-load JavaScript per page, the memory of the web and worker
// processes after the load, and the PDF render time. `npm run bench -- --only perf`.
import { readFileSync, readdirSync } from 'node:fs';
import autocannon from 'autocannon';
import { example } from './audit-submit';
import { machineSpeedMs } from './machine-speed';
import { firstLoadScripts, scriptBudgetKb, type ScriptWeight } from './first-load';
import { benchLighthouse } from './lighthouse';
import { benchReportRender } from './reports';

const CONNECTIONS = 50;

export interface LoadRow {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  /** Answers other than 2xx, plus socket errors and time-outs. */
  failures: number;
}

interface Target {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  /** Browsers (a user agent) from this many addresses, each visiting again and again. */
  browsers?: number;
  /** A fresh body for each request (unique e-mail addresses, spread client addresses). */
  body?: (i: number) => unknown;
}

let sequence = 0;
/** The benchmark plays a trusted proxy (TRUSTED_PROXY_HOPS=1): each request from its own client. */
const clientAddress = (pool = 62_500) => {
  const i = sequence++ % pool;
  return `198.18.${Math.floor(i / 250) % 250}.${(i % 250) + 1}`;
};
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

async function load(baseUrl: string, target: Target, seconds: number): Promise<LoadRow> {
  const result = await autocannon({
    url: `${baseUrl}${target.path}`,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: target.method ?? 'GET',
        setupRequest: (request) => {
          const i = sequence;
          return {
            ...request,
            headers: {
              ...request.headers,
              'x-forwarded-for': clientAddress(target.browsers),
              ...(target.browsers ? { 'user-agent': BROWSER } : {}),
              ...(target.body ? { 'content-type': 'application/json' } : {}),
            },
            ...(target.body ? { body: JSON.stringify(target.body(i)) } : {}),
          };
        },
      },
    ],
  });
  return {
    name: target.name,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

async function firstStaticScript(baseUrl: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}/`)).text();
  const match = html.match(/\/_next\/static\/chunks\/[^"']+\.js/);
  if (!match) throw new Error('no script referenced by the home page');
  return match[0];
}

async function firstPostPath(baseUrl: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}/blog`)).text();
  const match = html.match(/href="(\/blog\/[a-z0-9-]+)"/);
  if (!match) throw new Error('no post linked from /blog');
  return match[1]!;
}

/** Resident memory of this benchmark's child processes (the web server and the workers), in MB. */
function childMemory(): { web: number; worker: number } {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while being read.
    }
  }
  const isDescendant = (pid: number): boolean => {
    for (let parent = parents.get(pid); parent; parent = parents.get(parent)) if (parent === process.pid) return true;
    return false;
  };
  const memory = { web: 0, worker: 0 };
  for (const pid of parents.keys()) {
    if (!isDescendant(pid)) continue;
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
      if (/run\.mjs\0serve/.test(command)) memory.web = Math.max(memory.web, Math.round(rss));
      else if (/run\.mjs\0worker/.test(command)) memory.worker = Math.max(memory.worker, Math.round(rss));
    } catch {
      // Gone.
    }
  }
  return memory;
}

const PAGE_GOAL_RATIO = 0.5;
const API_GOAL_RATIO = 0.3;

const HOME_VARIANTS = [
  {
    key: 'control',
    label: 'Control',
    weight: 50,
    headline: 'Automate the work that slows you down.',
    ctaLabel: 'Start the free audit',
  },
  {
    key: 'score',
    label: 'Score first',
    weight: 50,
    headline: 'Know your automation score in three minutes.',
    ctaLabel: 'Get my score',
  },
];

/** Runs `measure` while an experiment on the home page's headline runs for everyone. */
async function withHomeExperiment<T>(baseUrl: string, measure: () => Promise<T>): Promise<T> {
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../cms/payload.config');
  const payload = await getPayload({ config });
  const created = await payload.create({
    collection: 'experiments',
    overrideAccess: true,
    data: {
      name: `Perf bench headline ${Date.now()}`,
      surface: 'home-hero',
      goal: 'audit_started',
      audience: 'everyone',
      status: 'running',
      variants: HOME_VARIANTS,
    },
  });
  try {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const html = await (await fetch(`${baseUrl}/`, { headers: { 'user-agent': BROWSER } })).text();
      if (HOME_VARIANTS.some((variant) => html.includes(variant.headline))) break;
      if (Date.now() > deadline) throw new Error('the home page never showed the experiment');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return await measure();
  } finally {
    await payload.delete({ collection: 'experiments', id: created.id, overrideAccess: true });
  }
}

export async function benchPerf(baseUrl: string, seconds = 10): Promise<boolean> {
  const speedBefore = machineSpeedMs();
  const post = await firstPostPath(baseUrl);
  const staticFile = await firstStaticScript(baseUrl);
  const pages = ['/', '/blog', post, '/case-studies', '/audit', '/pricing'];
  // Warm every route once (Next loads a route's code on its first request).
  for (const path of [...pages, '/api/live', '/icon.svg', '/api/cms/posts?limit=10']) await fetch(`${baseUrl}${path}`);
  const targets: Array<Target & { goal: number; p99Goal?: number }> = [
    { name: 'static file (baseline)', path: staticFile, goal: 1 },
    { name: 'bare route handler /api/live (baseline)', path: '/api/live', goal: 0 },
    { name: '/icon.svg', path: '/icon.svg', goal: 0.9 },
    ...pages.map((path) => ({ name: path, path, goal: PAGE_GOAL_RATIO, p99Goal: 100 })),
    { name: 'GET /api/cms/posts?limit=10', path: '/api/cms/posts?limit=10', goal: API_GOAL_RATIO },
    {
      name: 'POST /api/calculator/roi',
      path: '/api/calculator/roi',
      method: 'POST',
      body: (i) => ({
        employees: 50 + (i % 400),
        processes: ['invoice processing'],
        timeSpent: { 'invoice processing': 20 },
      }),
      goal: API_GOAL_RATIO,
    },
  ];
  const rows: Array<LoadRow & { goal: number; p99Goal?: number }> = [];
  for (const target of targets)
    rows.push({ ...(await load(baseUrl, target, seconds)), goal: target.goal, p99Goal: target.p99Goal });
  // The home page with an A/B test of its headline running for everyone: 500 browsers, each
  // assigned a variant (the daily id of address and browser), each variant a cached page.
  const underTest = await withHomeExperiment(baseUrl, () =>
    load(baseUrl, { name: '/ (headline experiment, 500 browsers)', path: '/', browsers: 500 }, seconds),
  );
  rows.push({ ...underTest, goal: PAGE_GOAL_RATIO, p99Goal: 100 });
  const weights: ScriptWeight[] = [];
  // The first answer of each script in a fresh process is the uncompressed file it then keeps.
  for (const path of pages) await firstLoadScripts(baseUrl, path);
  for (const path of pages) weights.push(await firstLoadScripts(baseUrl, path));
  console.log('\n| page | scripts | first-load JS (KB on the wire) | budget KB |');
  console.log('| --- | ---: | ---: | ---: |');
  let overBudget = false;
  for (const weight of weights) {
    const budget = scriptBudgetKb(weight.path);
    if (weight.transferredKb > budget) overBudget = true;
    console.log(`| ${weight.path} | ${weight.scripts} | ${weight.transferredKb} | ${budget} |`);
  }

  // Lighthouse on an idle server: before the audit submissions, whose reports keep the worker busy.
  const lighthouse = await benchLighthouse(baseUrl, ['/', '/blog', post, '/pricing', '/audit']);

  // A report rendered as the worker's render thread does it, on the quiet machine.
  const pdf = await benchReportRender(30);

  // Last: every audit queues a report and emails, which keep the worker busy for minutes after.
  const submit: Target & { goal: number; p99Goal?: number } = {
    name: 'POST /api/audit/submit',
    path: '/api/audit/submit',
    method: 'POST',
    body: (i) => ({
      ...example,
      contactInfo: { ...example.contactInfo, email: `bench-perf-${i}-${Date.now()}@example.com` },
    }),
    goal: 0,
    p99Goal: 250,
  };
  rows.push({ ...(await load(baseUrl, submit, seconds)), goal: submit.goal, p99Goal: submit.p99Goal });
  const baseline = rows[0]!.rps;
  console.log(`\n| what | req/s | x static file | goal | p50 ms | p99 ms | failures |`);
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const ratio = (row.rps / baseline).toFixed(2);
    const goal = row.goal ? `>= ${row.goal}x` : row.p99Goal ? `p99 < ${row.p99Goal} ms` : '';
    console.log(`| ${row.name} | ${row.rps} | ${ratio} | ${goal} | ${row.p50} | ${row.p99} | ${row.failures} |`);
  }

  const memory = childMemory();
  console.log(`\nmachine speed before the run (a fixed loop, lower is faster): ${speedBefore} ms`);
  console.log(`resident memory after the load: web ${memory.web} MB, worker ${memory.worker} MB`);
  console.log(`PDF report render (in process, 30 reports): p50 ${pdf.p50} ms, p99 ${pdf.p99} ms\n`);

  const failed = rows.some((row) => row.failures > 0);
  if (failed) console.error('some requests failed (non-2xx, errors or time-outs)');
  if (overBudget) console.error('first-load JavaScript over its budget');
  if (!lighthouse.ok) console.error('a Lighthouse score below its budget');
  return !failed && !overBudget && lighthouse.ok;
}
