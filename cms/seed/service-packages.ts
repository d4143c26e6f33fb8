// Seeds the three service packages of the pricing page once; editors own them afterwards
// (nothing is re-created or overwritten when the collection already has packages).
import type { Payload } from 'payload';
import type { ServicePackage } from '../payload-types';

export const SERVICE_PACKAGES: Array<Omit<ServicePackage, 'id' | 'createdAt' | 'updatedAt'>> = [
  {
    name: 'Automation Audit & Roadmap',
    summary:
      'Two weeks to find out which of your processes are worth automating, what each would return, and in which order to do them.',
    priceType: 'fixed',
    price: 4900,
    currency: 'EUR',
    priceUnit: 'per audit',
    timeline: '2 weeks',
    audience:
      'Leadership teams of 20 to 1,000 people who know manual work is costing them but want figures before committing a budget.',
    included: [
      { item: 'Interviews and workshops with up to 8 process owners' },
      { item: 'Step-by-step maps of up to 5 processes, with volumes and handling times' },
      { item: 'Data and systems readiness review (ERP, CRM, document flows)' },
      { item: 'ROI model per process with conservative and expected cases' },
      { item: 'A prioritised 90-day roadmap with effort, risks and owners' },
      { item: 'Read-out session with your leadership team' },
    ],
    ctaLabel: 'Book a consultation',
    ctaHref: '/consultation',
    order: 10,
    highlighted: false,
    published: true,
  },
  {
    name: 'Automation Pilot',
    summary:
      'One high-volume process automated end to end and running in production, with its results measured against the baseline.',
    priceType: 'from',
    price: 18000,
    currency: 'EUR',
    priceUnit: 'per process',
    // The audit's ROI forecast and the calculator price their implementation with this package.
    pricesRoi: true,
    roiBaseCost: 0,
    roiPerProcessCost: 18000,
    timeline: '6–10 weeks',
    audience:
      'Teams with one process that eats hours every week, such as invoice processing, order entry or customer request triage, and the will to change it.',
    included: [
      { item: 'Process redesign with the people who do the work today' },
      { item: 'AI document extraction, classification or drafting where it pays off' },
      { item: 'Integration with up to two of your systems through their APIs' },
      { item: 'Human review of exceptions, with an audit trail of every decision' },
      { item: 'KPI baseline before go-live and measured results after 30 days' },
      { item: 'Training, run book and 30 days of hypercare' },
    ],
    ctaLabel: 'Discuss your pilot',
    ctaHref: '/consultation',
    order: 20,
    highlighted: true,
    published: true,
  },
  {
    name: 'Automation Programme',
    summary:
      'A dedicated automation team that builds, runs and improves automations across your departments, prioritised by return.',
    priceType: 'from',
    price: 6500,
    currency: 'EUR',
    priceUnit: 'per month',
    timeline: '6-month minimum term',
    audience:
      'Companies that have proven automation in one area and now want to scale it across finance, operations and customer service.',
    included: [
      { item: 'An automation lead and engineers assigned to your account' },
      { item: 'A shared backlog ranked by ROI, reviewed with you every month' },
      { item: 'Monitoring, maintenance and model updates of live automations' },
      { item: 'Quarterly ROI report against the agreed baselines' },
      { item: 'Governance: access reviews, data protection and AI risk assessments' },
      { item: 'Enablement sessions so your teams can own simple automations' },
    ],
    ctaLabel: 'Talk to us',
    ctaHref: '/contact?type=project',
    order: 30,
    highlighted: false,
    published: true,
  },
];

export async function seedServicePackages(payload: Payload): Promise<'seeded' | 'kept'> {
  const existing = await payload.count({ collection: 'service-packages', overrideAccess: true });
  if (existing.totalDocs > 0) return 'kept';
  for (const data of SERVICE_PACKAGES) {
    await payload.create({ collection: 'service-packages', data, overrideAccess: true });
  }
  return 'seeded';
}
