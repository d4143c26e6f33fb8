// The service packages of the pricing page: the CMS's published packages in the editors' order.
import 'server-only';
import { getCms } from '@/server/cms/payload';
import { cachedQuery } from '@/server/content/cached';
import { logger } from '@/server/logging/logger';

export interface ServicePackageView {
  id: number;
  name: string;
  summary: string;
  priceType: 'fixed' | 'from';
  price: number;
  currency: string;
  priceUnit: string | null;
  timeline: string | null;
  audience: string;
  included: string[];
  ctaLabel: string;
  ctaHref: string;
  highlighted: boolean;
}

async function load(): Promise<ServicePackageView[]> {
  const cms = await getCms();
  const { docs } = await cms.find({
    collection: 'service-packages',
    where: { published: { equals: true } },
    sort: 'order',
    limit: 12,
    depth: 0,
    overrideAccess: true,
  });
  return docs.map((doc) => ({
    id: doc.id,
    name: doc.name,
    summary: doc.summary,
    priceType: doc.priceType,
    price: doc.price,
    currency: doc.currency,
    priceUnit: doc.priceUnit ?? null,
    timeline: doc.timeline ?? null,
    audience: doc.audience,
    included: doc.included.map((entry) => entry.item),
    ctaLabel: doc.ctaLabel,
    ctaHref: doc.ctaHref,
    highlighted: doc.highlighted ?? false,
  }));
}

/** The packages, or null when the CMS cannot be read (the page says so instead of guessing). */
export async function publishedPackages(): Promise<ServicePackageView[] | null> {
  try {
    return await cachedQuery('service-packages', ['service-packages'], load);
  } catch (error) {
    logger.error({ err: error }, 'service packages unavailable');
    return null;
  }
}
