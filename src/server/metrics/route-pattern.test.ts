import { describe, expect, it } from 'vitest';
import { routePattern } from './route-pattern';

describe('routePattern', () => {
  it.each([
    ['/', '/'],
    ['/pricing?employees=120', '/pricing'],
    ['/blog/', '/blog'],
    ['/blog/how-we-automate-invoices', '/blog/:slug'],
    ['/audit/results/7f1c2a4e-1b2c-4d5e-8f90-123456789abc', '/audit/results/:id'],
    ['/api/audit/results/7f1c2a4e-1b2c-4d5e-8f90-123456789abc/report', '/api/audit/results/:id/report'],
    ['/api/trpc/audit.saveStep,audit.draft', '/api/trpc/audit.saveStep'],
    ['/api/cms/posts/12', '/api/cms/posts/:rest'],
    ['/api/cms/media/file/a.png', '/api/cms/media/:rest'],
    ['/cms/collections/posts', '/cms'],
    ['/_next/static/chunks/abc.js', '/_next/static'],
    ['/admin/leads/7f1c2a4e-1b2c-4d5e-8f90-123456789abc', '/admin/leads/:id'],
    ['/admin/analytics', '/admin/analytics'],
    ['/wp-login.php', 'other'],
    ['/blog/a/b/c', 'other'],
  ])('%s is %s', (path, pattern) => {
    expect(routePattern(path)).toBe(pattern);
  });
});
