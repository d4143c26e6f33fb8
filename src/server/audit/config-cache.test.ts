import { describe, expect, it } from 'vitest';
import { CONFIG_CACHE_TTL_MS, invalidateAuditConfigCache, readCachedConfig, storeCachedConfig } from './config-cache';

describe('audit configuration cache', () => {
  it('serves the stored value within the time-to-live only', () => {
    storeCachedConfig('v1', 1000);
    expect(readCachedConfig(1000 + CONFIG_CACHE_TTL_MS - 1)).toBe('v1');
    expect(readCachedConfig(1000 + CONFIG_CACHE_TTL_MS)).toBeNull();
  });
  it('is cleared by publishing', () => {
    storeCachedConfig('v2');
    invalidateAuditConfigCache();
    expect(readCachedConfig()).toBeNull();
  });
});
