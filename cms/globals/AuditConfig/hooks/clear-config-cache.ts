// A newly published configuration is used by the next audit, not after the cache expires.
import type { GlobalAfterChangeHook } from 'payload';
import { invalidateAuditConfigCache } from '../../../../src/server/audit/config-cache';

export const clearConfigCache: GlobalAfterChangeHook = ({ doc }) => {
  invalidateAuditConfigCache();
  return doc;
};
