// `npm run bench -- --only migrate-loop`: runs `npm run db:migrate` many times in a row on a
// database of its own, each a fresh process exactly as an operator types it, and reports how many
// exited cleanly and how long they took. No time limit and no retry: a run that hangs hangs the
// benchmark, a run that fails counts. First the everyday case (everything recorded: one query),
// then the migration tools themselves (`-- --force`: Prisma, Payload, pg-boss), which load the
// CMS configuration and with it the modules that once left such a process idle (scripts/run.mjs).
import { spawn } from 'node:child_process';
import { step } from '../lib/log';
import { ROOT } from '../lib/paths';
import { percentile } from './stats';

export interface LoopFigure {
  name: string;
  runs: number;
  failures: number;
  p50: number;
  max: number;
}

function runOnce(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'db:migrate', ...(args.length ? ['--', ...args] : [])], {
      cwd: ROOT,
      env,
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, ms: performance.now() - started }));
  });
}

async function loop(name: string, runs: number, args: string[], env: NodeJS.ProcessEnv): Promise<LoopFigure> {
  const durations: number[] = [];
  let failures = 0;
  for (let i = 1; i <= runs; i++) {
    const { code, ms } = await runOnce(args, env);
    durations.push(ms);
    if (code !== 0) {
      failures += 1;
      step(`${name}: run ${i} exited with ${code}`);
    }
  }
  durations.sort((a, b) => a - b);
  return { name, runs, failures, p50: percentile(durations, 50) / 1000, max: durations.at(-1)! / 1000 };
}

export async function benchMigrateLoop(
  databaseUrl: string,
  { runs, forcedRuns }: { runs: number; forcedRuns: number },
): Promise<LoopFigure[]> {
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  step(`npm run db:migrate, ${runs} times in a row (all recorded)`);
  const figures = [await loop('db:migrate', runs, [], env)];
  step(`npm run db:migrate -- --force, ${forcedRuns} times in a row (the migration tools)`);
  figures.push(await loop('db:migrate --force', forcedRuns, ['--force'], env));
  console.log('\n| command | runs | failures | p50 s | max s |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const f of figures)
    console.log(`| \`npm run ${f.name}\` | ${f.runs} | ${f.failures} | ${f.p50.toFixed(2)} | ${f.max.toFixed(2)} |`);
  console.log('');
  return figures;
}
