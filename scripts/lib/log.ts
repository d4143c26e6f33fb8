// Human-readable progress lines of the launcher scripts (the app itself logs JSON).
const started = Date.now();

export function step(message: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(5);
  console.log(`[xteam ${seconds}s] ${message}`);
}

export function banner(lines: string[]): void {
  const width = Math.max(...lines.map((line) => line.length)) + 4;
  const rule = '─'.repeat(width);
  console.log(`\n┌${rule}┐`);
  for (const line of lines) console.log(`│  ${line.padEnd(width - 2)}│`);
  console.log(`└${rule}┘\n`);
}
