// The quick variant of the perf benchmark's JavaScript budget: what a first visit to each
// measured page loads, on the wire, stays within the budget (scripts/bench/first-load.ts).
import { describe, expect, it } from 'vitest';
import { firstLoadScripts, scriptBudgetKb } from '../../scripts/bench/first-load';
import { APP_URL } from '../support/app';

const PAGES = ['/', '/blog', '/blog/choosing-your-first-process-to-automate', '/case-studies', '/audit', '/pricing'];

describe('first-load JavaScript', () => {
  it.each(PAGES)('%s stays within its budget', async (path) => {
    // Once to have every script in the listener's memory (the first answer of a fresh process
    // is the uncompressed file it keeps), then as a browser's first visit.
    await firstLoadScripts(APP_URL, path);
    const weight = await firstLoadScripts(APP_URL, path);
    expect(weight.scripts).toBeGreaterThan(3);
    expect(weight.transferredKb).toBeLessThanOrEqual(scriptBudgetKb(path));
  });
});
