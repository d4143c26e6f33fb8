// Runs a command whose output interleaves with another's (two test stages at once): each line
// is prefixed with a label, so a failure reads as which stage it belongs to.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ROOT } from './paths';

export function runLabelled(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stopChild = () => child.kill('SIGTERM');
    process.once('exit', stopChild);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => console.log(`[${label}] ${line}`));
    }
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('exit', stopChild);
      if (code === 0) resolve();
      else reject(new Error(`${label}: ${[command, ...args].join(' ')} exited with ${signal ?? code}`));
    });
  });
}
