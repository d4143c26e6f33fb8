// Local secrets: when NEXTAUTH_SECRET / PAYLOAD_SECRET are unset, generate them once and keep
// them in .data/secrets.json (git-ignored), so sessions survive restarts on a dev machine.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from './paths';

const FILE = path.join(DATA_DIR, 'secrets.json');
const GENERATED = ['NEXTAUTH_SECRET', 'PAYLOAD_SECRET'] as const;

export function ensureLocalSecrets(): void {
  const missing = GENERATED.filter((name) => !process.env[name]);
  if (missing.length === 0) return;
  if (process.env.NODE_ENV === 'production') {
    throw new Error(`Set ${missing.join(' and ')} in production (openssl rand -base64 32).`);
  }
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const stored: Record<string, string> = fs.existsSync(FILE) ? JSON.parse(fs.readFileSync(FILE, 'utf8')) : {};
  for (const name of missing) {
    stored[name] ??= randomBytes(32).toString('base64');
    process.env[name] = stored[name];
  }
  fs.writeFileSync(FILE, JSON.stringify(stored, null, 2), { mode: 0o600 });
}
