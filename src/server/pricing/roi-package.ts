// The service package that prices the ROI forecasts: the first published package (in the
// editors' order) with "Prices the ROI forecasts" ticked and a per-process amount.
import 'server-only';
import type { PricingPackage } from '@/domain/roi/price-model';
import { getCms } from '@/server/cms/payload';

export async function roiPricingPackage(): Promise<PricingPackage | null> {
  const cms = await getCms();
  const { docs } = await cms.find({
    collection: 'service-packages',
    where: { and: [{ published: { equals: true } }, { pricesRoi: { equals: true } }] },
    sort: 'order',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  });
  const doc = docs[0];
  if (!doc || doc.roiPerProcessCost == null) return null;
  return {
    name: doc.name,
    currency: doc.currency,
    baseCost: doc.roiBaseCost ?? 0,
    perProcessCost: doc.roiPerProcessCost,
  };
}
