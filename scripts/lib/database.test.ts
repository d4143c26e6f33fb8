// A second `npm start` on a data folder whose PostgreSQL still runs must say so plainly (it
// used to die with `undefined`). A live process named like the server stands in for it.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { refuseIfAlreadyRunning } from './database';

let child: ChildProcess | undefined;
let dir: string | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** A data folder whose postmaster.pid names `pid` on `port`, as PostgreSQL writes it. */
function dataFolder(pid: number, port: number): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xteam-pgdata-'));
  fs.writeFileSync(path.join(dir, 'postmaster.pid'), `${pid}\n${dir}\n1700000000\n${port}\n\n127.0.0.1\n`);
  return dir;
}

describe('refuseIfAlreadyRunning', () => {
  it('names the running server, its port and what to do', async () => {
    // argv[1] makes /proc/<pid>/cmdline contain "postgres", as the real server's does.
    child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', 'postgres'], { stdio: 'ignore' });
    await new Promise((resolve) => child!.once('spawn', resolve));
    const folder = dataFolder(child.pid!, 54321);
    expect(() => refuseIfAlreadyRunning(folder)).toThrow(/already running \(pid \d+, 127\.0\.0\.1:54321\)/);
    expect(() => refuseIfAlreadyRunning(folder)).toThrow(new RegExp(`kill (${child.pid}|\\d+)`));
  });

  it('ignores a stale file whose process is gone', async () => {
    child = spawn(process.execPath, ['-e', '0', 'postgres'], { stdio: 'ignore' });
    const pid = child.pid!;
    await new Promise((resolve) => child!.once('exit', resolve));
    expect(() => refuseIfAlreadyRunning(dataFolder(pid, 54321))).not.toThrow();
  });

  it('ignores a pid reused by another program', async () => {
    child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    await new Promise((resolve) => child!.once('spawn', resolve));
    expect(() => refuseIfAlreadyRunning(dataFolder(child!.pid!, 54321))).not.toThrow();
  });
});
