// The README is the front door: short, and every link into docs/ (file and heading) resolves.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const documents = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).map((name) => `docs/${name}`)].filter((file) =>
  file.endsWith('.md'),
);

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchorsOf(markdown: string): Set<string> {
  const headings = [...markdown.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => m[1]!);
  return new Set(
    headings.map((heading) =>
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .trim()
        .replace(/\s/g, '-'),
    ),
  );
}

describe('documentation', () => {
  it('keeps the README under 15,000 bytes', () => {
    expect(statSync(path.join(ROOT, 'README.md')).size).toBeLessThanOrEqual(15_000);
  });

  it('has the chapters the README points to', () => {
    for (const chapter of [
      'architecture',
      'audit',
      'api',
      'content',
      'staff',
      'operations',
      'configuration',
      'benchmarks',
    ])
      expect(documents).toContain(`docs/${chapter}.md`);
  });

  it.each(documents)('%s links only to files and headings that exist', (file) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const broken: string[] = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target!)) continue;
      const [relative, anchor] = target!.split('#');
      const targetFile = relative ? path.join(path.dirname(path.join(ROOT, file)), relative) : path.join(ROOT, file);
      let content: string;
      try {
        content = readFileSync(targetFile, 'utf8');
      } catch {
        broken.push(target!);
        continue;
      }
      if (anchor && !anchorsOf(content).has(anchor)) broken.push(target!);
    }
    expect(broken).toEqual([]);
  });
});
