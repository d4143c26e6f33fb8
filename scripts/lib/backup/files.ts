// The files a backup carries beside the tables: PDF reports from the configured file storage
// (local disk or S3, by the keys the database records) and the CMS media folder.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import type { FileStorage } from '../../../src/server/storage/types';
import type { FileArea, Manifest } from './manifest';

type FileEntry = Manifest['files'][number];
const sha256 = (body: Buffer) => createHash('sha256').update(body).digest('hex');

async function walk(dir: string, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: string[] = [];
  for (const entry of entries) {
    const relative = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path.join(dir, entry.name), relative)));
    else if (entry.isFile() && !entry.name.endsWith('.partial')) files.push(relative);
  }
  return files.sort();
}

async function keep(outDir: string, area: FileArea, key: string, body: Buffer): Promise<FileEntry> {
  const target = path.join(outDir, 'files', area, key);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, body);
  return { area, path: key, bytes: body.length, sha256: sha256(body) };
}

/** Copies every stored report and media file into `outDir/files/<area>/`. */
export async function collectFiles(
  client: pg.ClientBase,
  storage: FileStorage,
  mediaDir: string,
  outDir: string,
): Promise<FileEntry[]> {
  const entries: FileEntry[] = [];
  const { rows } = await client.query<{ key: string }>(
    'SELECT DISTINCT file_path AS key FROM public.pdf_reports ORDER BY 1',
  );
  for (const { key } of rows) {
    const body = await storage.get(key);
    // A report whose file is gone is rendered again on demand; nothing to keep.
    if (body) entries.push(await keep(outDir, 'storage', key, body));
  }
  for (const key of await walk(mediaDir)) {
    entries.push(await keep(outDir, 'media', key, await readFile(path.join(mediaDir, key))));
  }
  return entries;
}

/** Puts the archive's files back: reports through the storage interface, media on disk. */
export async function restoreFiles(
  files: FileEntry[],
  fromDir: string,
  storage: FileStorage,
  mediaDir: string,
): Promise<void> {
  for (const file of files) {
    const body = await readFile(path.join(fromDir, 'files', file.area, file.path));
    if (sha256(body) !== file.sha256) throw new Error(`archive file ${file.area}/${file.path} is damaged`);
    if (file.area === 'storage') {
      await storage.put(file.path, body, file.path.endsWith('.pdf') ? 'application/pdf' : 'application/octet-stream');
    } else {
      const target = path.resolve(mediaDir, file.path);
      if (!target.startsWith(path.resolve(mediaDir) + path.sep)) throw new Error(`unsafe path ${file.path}`);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, body);
    }
  }
}
