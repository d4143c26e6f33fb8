// .data/runtime.json tells other commands (npm run staff, npm run db:*) which database the
// running launcher provided, so they do not start a second embedded server on the same data.
import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from './paths';

const FILE = path.join(DATA_DIR, 'runtime.json');

export function writeRuntime(info: { databaseUrl: string; pid: number }): void {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  fs.writeFileSync(FILE, JSON.stringify(info), { mode: 0o600 });
}

export function readRuntime(): { databaseUrl: string; pid: number } | null {
  try {
    const info = JSON.parse(fs.readFileSync(FILE, 'utf8')) as { databaseUrl: string; pid: number };
    process.kill(info.pid, 0);
    return info;
  } catch {
    return null;
  }
}

export function clearRuntime(pid: number): void {
  if (readRuntime()?.pid === pid) fs.rmSync(FILE, { force: true });
}
