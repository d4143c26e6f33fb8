// Every public page passes axe's WCAG 2.1 A/AA checks with no violations, on a desktop and a
// phone viewport, and raises no Content-Security-Policy violation and no uncaught error. Pages
// come from one list (fixtures/public-pages.ts). The page is fetched once before the browser loads it, so a page
// the listener caches (src/server/page-cache) reaches the browser from the cache: its nonce is
// the one substituted there, and any inline script left without it would be reported here.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PUBLIC_PAGES } from './fixtures/public-pages';

// Each check stands alone: spread them over every worker.
test.describe.configure({ mode: 'parallel' });

const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
}

for (const publicPage of PUBLIC_PAGES) {
  test(`${publicPage.path}: no axe or CSP violations on a desktop and a phone`, async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
      );
    });
    // Uncaught errors too (a hydration mismatch is one: React #418).
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The page as the cache answers it. Integration tests edit CMS content meanwhile, and each
    // edit empties the cache (a fresh-clone run saw a MISS between the two requests): a few tries.
    let response = null;
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.request.get(publicPage.path);
      response = await page.goto(publicPage.path);
      if (response?.headers()['x-cache'] !== 'MISS') break;
    }
    expect(response?.status()).toBe(publicPage.status ?? 200);
    const cache = response?.headers()['x-cache'];
    if (cache) expect(cache, 'a page fetched a moment ago comes from the page cache').toBe('HIT');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(publicPage.heading);
    await page.waitForLoadState('load');
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      expect(await axeViolations(page), viewport.name).toEqual([]);
      // No horizontal scrolling either.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, viewport.name).toBeLessThanOrEqual(0);
    }
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

// A loading message is read while it shows: its text never fades (an animated opacity halves
// its contrast mid-pulse, which axe caught on /status only when the scan met the loading state).
test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('loading messages keep their text at full opacity', async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/trpc/system.health**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/status');
    const loading = page.getByRole('status').filter({ hasText: 'Checking services' });
    await expect(loading).toBeVisible();
    const fading = await loading.evaluate((element) => {
      const faded: string[] = [];
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.animationName !== 'none' || Number(style.opacity) < 1) faded.push(node.tagName);
      }
      for (const child of element.querySelectorAll('*')) {
        const style = getComputedStyle(child);
        if (child.textContent?.trim() && (style.animationName !== 'none' || Number(style.opacity) < 1)) {
          faded.push(child.tagName);
        }
      }
      return faded;
    });
    expect(fading).toEqual([]);
    release();
    await expect(page.getByText(/All systems operational|Partial outage|Major outage/)).toBeVisible();
  });
});
