// The scripts run from an esbuild bundle with Node's "production" condition (scripts/run.mjs).
// Without it Node 20 loads lexical's top-level-await wrapper, which left one-shot scripts idle or
// exiting with code 13: every way of starting a script must pass the condition.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scriptArgs } from './processes';
import { ROOT } from './paths';

const resolveLexical = (flags: string[]) =>
  execFileSync(
    process.execPath,
    [...flags, '--input-type=module', '-e', "console.log(import.meta.resolve('lexical'))"],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  ).trim();

describe('scripts/run.mjs', () => {
  it('the production condition selects lexical without its top-level await', () => {
    const plain = resolveLexical([]);
    expect(plain).toMatch(/Lexical\.node\.mjs$/);
    expect(readFileSync(new URL(plain), 'utf8')).toMatch(/^const mod = await \(/m);
    const prod = resolveLexical(['--conditions=production']);
    expect(prod).toMatch(/Lexical\.prod\.mjs$/);
    expect(readFileSync(new URL(prod), 'utf8')).not.toContain('await import(');
  });

  it('every npm script and child process starts scripts with the condition', () => {
    expect(scriptArgs('worker')).toEqual(['--conditions=production', 'scripts/run.mjs', 'worker']);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const viaRunner = Object.values(pkg.scripts).filter((command) => command.includes('scripts/run.mjs'));
    expect(viaRunner.length).toBeGreaterThan(10);
    for (const command of viaRunner) expect(command).toContain('node --conditions=production scripts/run.mjs ');
    expect(Object.values(pkg.scripts).join('\n')).not.toMatch(/register\.mjs|tsx /);
  });

  it('runs a bundled script and exits with its code', () => {
    // `db` without a command prints its usage and exits 2, before touching any database.
    let status = 0;
    try {
      execFileSync(process.execPath, ['scripts/run.mjs', 'db'], { cwd: ROOT, stdio: 'pipe' });
    } catch (error) {
      status = (error as { status: number }).status;
    }
    expect(status).toBe(2);
  });
});
