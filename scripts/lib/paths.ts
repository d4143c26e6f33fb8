// Folders the launcher uses; everything local lives under the git-ignored .data/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA_DIR = path.join(ROOT, '.data');
export const BIN = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
