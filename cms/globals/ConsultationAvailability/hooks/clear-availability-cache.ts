// The booking page offers the new schedule at once in this process.
import type { GlobalAfterChangeHook } from 'payload';
import { invalidateMemo } from '../../../../src/server/cms/memo';

export const clearAvailabilityCache: GlobalAfterChangeHook = ({ doc }) => {
  invalidateMemo('consultation-availability');
  return doc;
};
