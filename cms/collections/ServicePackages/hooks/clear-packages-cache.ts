// The pricing page shows a change at once in this process (others within the cache's TTL).
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload';
import { invalidateMemo } from '../../../../src/server/cms/memo';

export const clearPackagesCache: CollectionAfterChangeHook = ({ doc }) => {
  invalidateMemo('service-packages');
  return doc;
};

export const clearPackagesCacheOnDelete: CollectionAfterDeleteHook = ({ doc }) => {
  invalidateMemo('service-packages');
  return doc;
};
