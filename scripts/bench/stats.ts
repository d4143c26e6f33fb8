// Latency statistics for the benchmarks.
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export interface Measurement {
  name: string;
  count: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  throughput: number;
}

/** Runs `task` `count` times with `concurrency` in flight; latencies in ms. */
export async function measure(
  name: string,
  count: number,
  concurrency: number,
  task: (i: number) => Promise<boolean>,
): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        const ok = await task(i).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    name,
    count,
    errors,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    throughput: round(count / seconds),
  };
}

export function printTable(rows: Measurement[]): void {
  console.log('\n| benchmark | requests | errors | p50 ms | p95 ms | p99 ms | req/s |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(`| ${r.name} | ${r.count} | ${r.errors} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.throughput} |`);
  console.log('');
}
