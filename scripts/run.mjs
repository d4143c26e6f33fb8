// Runs a project script (scripts/<name>.ts) from a bundle built ahead with esbuild: no
// TypeScript loader and no module hooks run in the process (tsx's off-thread hooks cost seconds
// at every start). Packages in node_modules stay external and load natively; only the project's
// TypeScript is bundled. The bundle is rebuilt when any of its source files changed (an mtime
// check: a few milliseconds).
//   node --conditions=production scripts/run.mjs <name> [args...]    e.g. ... run.mjs db migrate
//   node scripts/run.mjs --bundle         only (re)build the bundle (the Docker image does)
//
// Why --conditions=production: lexical (Payload's rich-text editor, loaded with the CMS config)
// publishes for Node a wrapper that picks its dev or prod build with a top-level `await
// import()`. Imported by the twenty @lexical/* modules at once, that wrapper sometimes never
// finishes evaluating under Node 20: the process exited with code 13 ("unsettled top-level
// await") before running a line, or sat idle forever when something held the event loop (the
// old keep-alive timer). Measured: 4 of 4 `tasks/migrate` runs exited 13 without the condition,
// 0 of 6 with it. The "production" condition selects lexical's prod build directly, with no
// top-level await; no other installed package has that condition. Without it this file starts
// itself again with it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'node_modules', '.cache', 'xteam-scripts');
// {dir, inputs}: the current build's folder and its source files with their mtimes.
const MANIFEST = path.join(OUT, 'current.json');
/** Every entry point, built together so they share chunks. */
const ENTRIES = [
  'start',
  'dev',
  'serve',
  'worker',
  'db',
  'staff',
  'test',
  'bench',
  'backup',
  'eval',
  'docs/configuration',
  'generate-static-files',
  'tasks/migrate',
  'tasks/seed',
  'render-thread',
];
/** Files that change the output without being imported. */
const SETTINGS = ['tsconfig.json', 'package.json', 'scripts/run.mjs'];

/** The folder of a build that is up to date, or null. */
function freshBuild() {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8'));
  } catch {
    return null;
  }
  for (const [file, mtime] of Object.entries(manifest.inputs)) {
    try {
      if (fs.statSync(path.join(ROOT, file)).mtimeMs !== mtime) return null;
    } catch {
      return null;
    }
  }
  return path.join(OUT, manifest.dir);
}

/**
 * Bundled code runs from node_modules/.cache, so `import.meta.url` (and .dirname/.filename) of
 * each source file is replaced by that file's own location: paths keep resolving as before.
 */
const keepModuleLocation = {
  name: 'keep-module-location',
  setup(build) {
    build.onLoad({ filter: /\.(ts|tsx|mts|js|mjs)$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = await fs.promises.readFile(args.path, 'utf8');
      const contents = source
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path));
      const loader = args.path.endsWith('.tsx') ? 'tsx' : /\.m?js$/.test(args.path) ? 'js' : 'ts';
      return { contents, loader };
    });
  },
};

/**
 * Builds into a folder of its own, then points current.json at it (a rename: atomic). A
 * process still running an older build keeps its folder.
 */
async function bundle() {
  const { build } = await import('esbuild');
  const dir = `${Date.now().toString(36)}-${process.pid}`;
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(ENTRIES.map((name) => [name, `scripts/${name}.ts`])),
    outdir: path.join(OUT, dir),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    // Scripts are server code by definition.
    alias: { 'server-only': './tests/support/empty-module.ts' },
    jsx: 'automatic',
    sourcemap: 'inline',
    metafile: true,
    logLevel: 'warning',
    plugins: [keepModuleLocation],
  });
  const inputs = {};
  for (const file of [...Object.keys(result.metafile.inputs), ...SETTINGS]) {
    if (file.startsWith('node_modules/') || file.includes(':')) continue;
    inputs[file] = fs.statSync(path.join(ROOT, file)).mtimeMs;
  }
  const temporary = `${MANIFEST}.${process.pid}`;
  fs.writeFileSync(temporary, JSON.stringify({ dir, inputs }));
  fs.renameSync(temporary, MANIFEST);
  // Older builds go after a day (a long benchmark or a running site may still load from one).
  for (const entry of fs.readdirSync(OUT)) {
    const full = path.join(OUT, entry);
    const stat = fs.statSync(full);
    if (entry !== dir && stat.isDirectory() && Date.now() - stat.mtimeMs > 24 * 3600_000)
      fs.rmSync(full, { recursive: true, force: true });
  }
  return path.join(OUT, dir);
}

const CONDITION = '--conditions=production';
if (!process.execArgv.includes(CONDITION) && !(process.env.NODE_OPTIONS ?? '').includes(CONDITION)) {
  const child = spawn(process.execPath, [...process.execArgv, CONDITION, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGUSR2']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 143)));
} else {
  await main();
}

async function main() {
  const [name, ...args] = process.argv.slice(2);
  if (name === '--bundle') {
    console.log(`scripts bundled in ${path.relative(ROOT, freshBuild() ?? (await bundle()))}`);
    process.exit(0);
  }
  if (!name || !ENTRIES.includes(name)) {
    console.error(`Usage: node scripts/run.mjs <${ENTRIES.join('|')}> [args...]`);
    process.exit(2);
  }
  const folder = freshBuild() ?? (await bundle());
  // As if started as `node scripts/<name>.ts args...` (parseArgs reads process.argv).
  process.argv = [process.argv[0], path.join(ROOT, 'scripts', `${name}.ts`), ...args];
  // Where the bundle lives, for entries that start threads from sibling entries (the worker's
  // PDF render thread): import.meta.url points at the sources in bundled code.
  globalThis.xteamScriptsBundle = folder;
  await import(pathToFileURL(path.join(folder, `${name}.mjs`)).href);
}
