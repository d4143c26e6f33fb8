// Builds the app with `next build` when the sources changed since the last build (or there
// is none), so `npm start` on a fresh clone just works and a restart skips the build.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { step } from './log';
import { BIN, ROOT } from './paths';
import { run } from './processes';

const INPUTS = [
  'src',
  'cms',
  'public',
  'next.config.js',
  'tailwind.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];
const FINGERPRINT_FILE = path.join(ROOT, '.next', 'xteam-source-fingerprint');

function* files(entry: string): Generator<string> {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return;
  if (fs.statSync(full).isFile()) {
    yield entry;
    return;
  }
  for (const child of fs.readdirSync(full).sort()) {
    if (child === 'generated' || child.endsWith('.test.ts') || child.endsWith('.test.tsx')) continue;
    yield* files(path.join(entry, child));
  }
}

export function sourceFingerprint(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(input)) {
      hash.update(file);
      hash.update(fs.readFileSync(path.join(ROOT, file)));
    }
  }
  return hash.digest('hex');
}

export async function ensureBuild(): Promise<void> {
  const fingerprint = sourceFingerprint();
  const built =
    fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID')) && fs.existsSync(FINGERPRINT_FILE)
      ? fs.readFileSync(FINGERPRINT_FILE, 'utf8')
      : null;
  if (built === fingerprint) {
    step('build: up to date');
    return;
  }
  step('build: sources changed, running next build (about a minute)');
  // A build needs no database and no secrets: pages read data at request time.
  const { DATABASE_URL: _db, ...env } = process.env;
  await run(BIN('next'), ['build'], { ...env, SKIP_ENV_VALIDATION: '1', NEXT_TELEMETRY_DISABLED: '1' });
  fs.writeFileSync(FINGERPRINT_FILE, fingerprint);
}
