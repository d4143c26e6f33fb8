// Lighthouse (the npm package, Debian's Chromium) on the measured pages, mobile and desktop
// presets, the median of three runs per page and preset; scores below the budgets fail the bench.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BIN } from '../lib/paths';
import { run } from '../lib/processes';

const RUNS = 3;
/** Budgets: performance per preset; accessibility, best practices and SEO stay at 100. */
export const LIGHTHOUSE_BUDGET = { mobile: 95, desktop: 98, others: 100 };

interface LighthouseReport {
  categories: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', { score: number }>;
  audits: Record<string, { numericValue?: number }>;
}

export interface LighthouseRow {
  page: string;
  preset: 'mobile' | 'desktop';
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function lighthouseOnce(url: string, preset: 'mobile' | 'desktop', dir: string): Promise<LighthouseReport> {
  const output = path.join(dir, `report-${Date.now()}.json`);
  await run(
    BIN('lighthouse'),
    [
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    ],
    { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  );
  return JSON.parse(readFileSync(output, 'utf8')) as LighthouseReport;
}

export async function benchLighthouse(
  baseUrl: string,
  pages: string[],
): Promise<{ rows: LighthouseRow[]; ok: boolean }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'xteam-lighthouse-'));
  const rows: LighthouseRow[] = [];
  try {
    for (const page of pages) {
      for (const preset of ['mobile', 'desktop'] as const) {
        // The page as visitors get it: already rendered and kept by the listener.
        await (await fetch(`${baseUrl}${page}`)).arrayBuffer();
        const reports: LighthouseReport[] = [];
        for (let i = 0; i < RUNS; i++) reports.push(await lighthouseOnce(`${baseUrl}${page}`, preset, dir));
        const score = (pick: (report: LighthouseReport) => number) => median(reports.map(pick));
        rows.push({
          page,
          preset,
          performance: score((r) => Math.round(r.categories.performance.score * 100)),
          accessibility: score((r) => Math.round(r.categories.accessibility.score * 100)),
          bestPractices: score((r) => Math.round(r.categories['best-practices'].score * 100)),
          seo: score((r) => Math.round(r.categories.seo.score * 100)),
          lcpMs: score((r) => Math.round(r.audits['largest-contentful-paint']?.numericValue ?? NaN)),
          tbtMs: score((r) => Math.round(r.audits['total-blocking-time']?.numericValue ?? NaN)),
          cls: score((r) => Math.round((r.audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000),
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `\nLighthouse, median of ${RUNS} runs (budget: performance ${LIGHTHOUSE_BUDGET.mobile} mobile, ${LIGHTHOUSE_BUDGET.desktop} desktop; the others 100)`,
  );
  console.log('| page | preset | performance | accessibility | best practices | SEO | LCP ms | TBT ms | CLS |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.page} | ${r.preset} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} |`,
    );
  }
  const ok = rows.every(
    (r) =>
      r.performance >= LIGHTHOUSE_BUDGET[r.preset] &&
      r.accessibility >= LIGHTHOUSE_BUDGET.others &&
      r.bestPractices >= LIGHTHOUSE_BUDGET.others &&
      r.seo >= LIGHTHOUSE_BUDGET.others,
  );
  return { rows, ok };
}
